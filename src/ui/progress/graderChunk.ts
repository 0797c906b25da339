// The grader for imported campaigns, fetched on demand (it shares the debrief's chunk).
export { gradeCall } from '../../scoring/index';
