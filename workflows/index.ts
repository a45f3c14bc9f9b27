export { programmeLifecycleWorkflow } from './programme-lifecycle.workflow';
