/**
 * Unit tests run without a browser: WXT's fake browser has no i18n.getMessage, so the
 * English messages of locales/en.yml answer it, substitutions and all, as Chrome would.
 */
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom } from '../helpers/messages';

const getMessage = getMessageFrom('en');

function install() {
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
}

install();
beforeEach(install);
