// The user journeys (journeys.mjs) in Chromium (Debian's chromium, through chromedriver).
// Run after `trunk build --release`:  node --test tests/engines/chromium.test.mjs
import { runJourneys } from './journeys.mjs';

runJourneys('chromium');
