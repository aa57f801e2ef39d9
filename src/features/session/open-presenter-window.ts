/** Opens (or brings forward) the presenter window: speaker notes, the next chapter and a clock. */
export function openPresenterWindow(): void {
  const url = `${import.meta.env.BASE_URL}session/presenter`;
  const win = window.open(url, 'bedrock-explorer-presenter', 'popup,width=960,height=720');
  win?.focus();
}
