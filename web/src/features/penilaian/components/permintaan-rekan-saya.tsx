// Placeholder until the screen lands (issue 6 phase 2); replaced by its owner.
export function PermintaanRekanSaya() {
  return null;
}
