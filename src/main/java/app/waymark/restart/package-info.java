/**
 * DWP Restart: participants referred by DWP (not ILR learners), their action plans, the monitoring trackers raised
 * by themselves when a mandated participant does not complete a mandatory activity, the DMA paperwork of a
 * compliance doubt, and supervisors' sanction statuses (decision 0037). {@link app.waymark.restart.Participants},
 * {@link app.waymark.restart.ActionPlans} and {@link app.waymark.restart.MonitoringTrackers} are its API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "DWP Restart")
package app.waymark.restart;
