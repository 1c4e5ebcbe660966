/*
 * The programme guide, for member organisations' pages. Paste:
 *   <script src="https://HOST/PATH/embed.js" data-org="migrants-organise" async></script>
 * Optional: data-view="toolkit" shows the toolkit (the resources by topic) instead of the
 * programme; data-org and data-topic (one slug or several, comma-separated) pre-filter the
 * programme; data-title names the frame for screen readers. See the guide's "Embed" page.
 *
 * Written by the guide's publishing step (src/publish/site_files.rs), which names the frame
 * after the series by default.
 *
 * It inserts a frame showing the guide (from the same place as this file) just before this
 * script, sets the frame's height to the guide's content height whenever the guide reports it,
 * and scrolls the page to a session's title when the visitor opens one in the frame and the
 * browser has not. It adds no globals and touches nothing else on the page.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || !window.URL) return;

  var app = new URL('./', script.src);
  var query = ['embed=1'];
  var org = script.getAttribute('data-org');
  var topic = script.getAttribute('data-topic');
  if (script.getAttribute('data-view') === 'toolkit') query.push('view=toolkit');
  if (org) query.push('org=' + encodeURIComponent(org));
  if (topic) query.push('topic=' + encodeURIComponent(topic));

  var frame = document.createElement('iframe');
  frame.src = app.href + '?' + query.join('&');
  frame.title = script.getAttribute('data-title') || __TITLE__;
  // The guide may open new tabs and, when clicked, the full guide in this window; it cannot
  // move this page otherwise, nor reach into it.
  frame.setAttribute(
    'sandbox',
    'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox ' +
      'allow-top-navigation-by-user-activation allow-downloads'
  );
  frame.setAttribute('referrerpolicy', 'no-referrer');
  // Inline and !important, so the host page's own CSS cannot squash or hide the frame.
  var style = {
    display: 'block', position: 'static', float: 'none', visibility: 'visible', opacity: '1',
    transform: 'none', 'box-sizing': 'border-box', width: '100%', 'min-width': '0',
    'max-width': '100%', height: '40rem', 'min-height': '0', 'max-height': 'none',
    margin: '0', padding: '0', border: '0', background: 'transparent', overflow: 'hidden'
  };
  for (var name in style) frame.style.setProperty(name, style[name], 'important');

  // When a session opens, the guide says where its title is (px from the frame's top). WebKit
  // does not let a frame from another origin scroll this page, so it scrolls itself if need be.
  function reveal(top, height) {
    if (typeof top !== 'number' || typeof height !== 'number') return;
    if (!isFinite(top) || !isFinite(height) || Math.abs(top) > 100000 || height < 0 || height > 100000) return;
    var y = frame.getBoundingClientRect().top + top;
    if (y >= 0 && y + Math.min(height, window.innerHeight) <= window.innerHeight) return;
    window.scrollBy(0, y);
  }
  script.parentNode.insertBefore(frame, script);

  window.addEventListener('message', function (event) {
    // Only this frame, showing the guide's own origin, may set its height or scroll this page.
    if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
    var data = event.data;
    if (!data) return;
    if (data.type === 'sus-guide:reveal') return reveal(data.top, data.height);
    if (data.type !== 'sus-guide:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 1 || height > 100000) return;
    frame.style.setProperty('height', Math.ceil(height) + 'px', 'important');
  });
})();
