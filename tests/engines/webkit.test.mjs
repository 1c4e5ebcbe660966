// The user journeys (journeys.mjs) in WebKit (WebKitGTK's MiniBrowser, through WebKitWebDriver, on Xvfb).
// Run after `trunk build --release`:  node --test tests/engines/webkit.test.mjs
import { runJourneys } from './journeys.mjs';

runJourneys('webkit');
