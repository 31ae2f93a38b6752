/**
 * office.js in a plain browser tab (preview mode) still starts its telemetry logger, which loads a
 * frame from telemetryservice.firstpartyapps.oaspapps.com three seconds after Office starts. The
 * preview promises to need no network, so that frame is never loaded. This runs as soon as
 * Office.onReady says there is no host — before the preview chunk is fetched, which on a cold
 * first load may take longer than those three seconds. Inside Office none of this runs: the host
 * has its own telemetry.
 */
/* global window */

export function silenceOfficeTelemetry(): void {
  const osf = (
    window as unknown as {
      OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } | null } };
    }
  ).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (endpoint) endpoint.loadProxyFrame = () => undefined;
}
