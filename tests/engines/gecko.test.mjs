// The user journeys (journeys.mjs) in Gecko (Debian's firefox-esr, through geckodriver).
// Run after `trunk build --release`:  node --test tests/engines/gecko.test.mjs
import { runJourneys } from './journeys.mjs';

runJourneys('gecko');
