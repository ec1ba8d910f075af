// The privacy policy inside the extension (linked from the options page), from the one
// source, PRIVACY.md, shown as written: no network, no Markdown renderer needed.
import policy from '../../PRIVACY.md?raw';

document.getElementById('policy')!.textContent = policy;
