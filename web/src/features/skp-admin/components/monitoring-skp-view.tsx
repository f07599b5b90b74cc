// PLACEHOLDER: replaced by the real screen in this session.
export function MonitoringSkpView() {
  return null;
}
