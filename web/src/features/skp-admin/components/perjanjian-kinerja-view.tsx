// PLACEHOLDER: replaced by the real screen in this session.
export function PerjanjianKinerjaView() {
  return null;
}
