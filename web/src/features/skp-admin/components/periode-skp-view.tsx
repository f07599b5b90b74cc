// PLACEHOLDER: replaced by the real screen in this session.
export function PeriodeSkpView() {
  return null;
}
