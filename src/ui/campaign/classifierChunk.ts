export { callerSaid } from '../../scenario/callerEvents';
