[COURSE HEADER]
VERSION = 2
UNITS = ENGLISH
DESCRIPTION = Four 4-minute efforts at 125 % of FTP.
FILE NAME = Supra-threshold 4x4 min, 125 %
MINUTES PERCENT
[END COURSE HEADER]
[COURSE DATA]
0.00	50
10.00	75
10.00	125
14.00	125
14.00	50
18.00	50
18.00	125
22.00	125
22.00	50
26.00	50
26.00	125
30.00	125
30.00	50
34.00	50
34.00	125
38.00	125
38.00	50
42.00	50
42.00	66.5
52.00	66.5
[END COURSE DATA]
[COURSE TEXT]
0	warmup: 50-75 % FTP	15
600	work 1/4: 125 % FTP	15
840	recovery 1/4: 50 % FTP	15
1080	work 2/4: 125 % FTP	15
1320	recovery 2/4: 50 % FTP	15
1560	work 3/4: 125 % FTP	15
1800	recovery 3/4: 50 % FTP	15
2040	work 4/4: 125 % FTP	15
2280	recovery 4/4: 50 % FTP	15
2520	cooldown: easy, by feel (held at 66.5 % FTP, the planner's estimate)	15
[END COURSE TEXT]
