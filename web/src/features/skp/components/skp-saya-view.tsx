// PLACEHOLDER: replaced by the real screen in this session.
export function SkpSayaView() {
  return null;
}
