// PLACEHOLDER: replaced by the real screen in this session.
export function VerifikasiView() {
  return null;
}
