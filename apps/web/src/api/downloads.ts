import { getToken } from '../auth/token-store';

/**
 * Files behind the API (printable snapshot, CSV exports, calendar) need the bearer token, which a
 * plain link cannot carry: fetch them with it and hand the browser the blob.
 */
export async function fetchWithToken(url: string): Promise<Blob> {
  const token = getToken();
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    let message = `The server answered ${res.status}.`;
    try {
      const body = (await res.json()) as { message?: string };
      if (body.message) message = body.message;
    } catch {
      // not JSON: keep the status
    }
    throw new Error(message);
  }
  return res.blob();
}

/** Saves a file (CSV, calendar) under a name. */
export async function downloadFile(url: string, filename: string): Promise<void> {
  const blob = await fetchWithToken(url);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Opens a page (the printable snapshot) in a new tab; with print, opens the print dialog once loaded. */
export async function openPage(url: string, options: { print?: boolean } = {}): Promise<void> {
  const tab = window.open('', '_blank');
  const blob = await fetchWithToken(url);
  const href = URL.createObjectURL(new Blob([blob], { type: 'text/html' }));
  if (!tab) {
    window.location.assign(href);
    return;
  }
  tab.location.href = href;
  if (options.print) {
    const start = Date.now();
    const timer = setInterval(() => {
      if (tab.document?.readyState === 'complete' && tab.location.href === href) {
        clearInterval(timer);
        tab.print();
      } else if (Date.now() - start > 10_000) clearInterval(timer);
    }, 100);
  }
}
