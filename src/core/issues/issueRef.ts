/** What "Start Working on Issue..." accepts: a number, `#12`, or an issue's address on GitHub or GitLab. */
export function parseIssueRef(text: string): { number: number; path: string | null } | null {
  const trimmed = text.trim();
  const plain = /^#?(\d{1,9})$/.exec(trimmed);
  if (plain) return { number: Number(plain[1]), path: null };
  try {
    const url = new URL(trimmed);
    const m = /^\/(.+?)\/(?:-\/)?issues\/(\d{1,9})\/?$/.exec(url.pathname);
    return m ? { number: Number(m[2]), path: m[1].toLowerCase() } : null;
  } catch {
    return null;
  }
}

