// PLACEHOLDER: replaced by the real screen in this session.
export function AntrianSkpView() {
  return null;
}
