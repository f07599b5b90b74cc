// PLACEHOLDER: replaced by the real screen in this session.
export function SkpDetailView() {
  return null;
}
