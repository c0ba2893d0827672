// The baseline of `npm run bench:cli`: what reading the athlete list costs a plain Node script with
// nothing but better-sqlite3 — the same rows, in the same shape, printed as the same JSON as
// `coach athletes --json`, so the ratio measures only what the CLI adds on top.
import Database from 'better-sqlite3';

const db = new Database(process.argv[2], { fileMustExist: true });
const rows = db
  .prepare(
    `SELECT a.id, a.name, a.sports, a.is_demo, a.archived_at,
       (SELECT count(*) FROM activities WHERE activities.athlete_id = a.id) AS activity_count,
       (SELECT max(activities.start_time) FROM activities WHERE activities.athlete_id = a.id) AS last_activity_at,
       (SELECT group_concat(t.name, char(31)) FROM athlete_tags at JOIN tags t ON t.id = at.tag_id WHERE at.athlete_id = a.id) AS tag_names
     FROM athletes a WHERE a.archived_at IS NULL ORDER BY a.name`,
  )
  .all();
const athletes = rows.map((row) => ({
  id: row.id,
  name: row.name,
  sports: JSON.parse(row.sports),
  tags: row.tag_names ? row.tag_names.split('\u001f').sort() : [],
  isDemo: row.is_demo === 1,
  archived: row.archived_at !== null,
  activityCount: Number(row.activity_count ?? 0),
  lastActivityAt: row.last_activity_at,
}));
db.close();
process.stdout.write(`${JSON.stringify(athletes, null, 2)}\n`);
