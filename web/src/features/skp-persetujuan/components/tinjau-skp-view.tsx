// PLACEHOLDER: replaced by the real screen in this session.
export function TinjauSkpView() {
  return null;
}
