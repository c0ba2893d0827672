export { scheduleBlock, type ScheduleInput } from './schedule-block';
