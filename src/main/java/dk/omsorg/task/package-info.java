/**
 * The work queue (opgaver): one list of what a caseworker, a team or a colleague has to do, across every
 * module. Modules open and close their tasks by publishing {@link dk.omsorg.task.TaskRequested},
 * {@link dk.omsorg.task.TaskWorkDone} and {@link dk.omsorg.task.TaskWorkCancelled}; this module depends on
 * none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opgaver")
package dk.omsorg.task;
