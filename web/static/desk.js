/*
 * Stapsteen desk pages: small progressive enhancements, nothing global.
 * - <time class="js-localtime" datetime="ISO"> is shown in Belgian time
 *   (the server sends UTC; without JavaScript the UTC text stays); its title
 *   says so (desk_ui.local_time, from the JSON data block #desk-texts).
 */
(() => {
  'use strict';

  // Texts come from the message catalogue, as a JSON data block in the page:
  // <script type="application/json" id="desk-texts">{"text": {...}}</script>.
  const TEXT = (() => {
    const node = document.getElementById('desk-texts');
    try {
      const data = JSON.parse(node ? node.textContent : '');
      return data && typeof data.text === 'object' && data.text ? data.text : {};
    } catch (e) {
      return {};
    }
  })();

  const format = (() => {
    try {
      return new Intl.DateTimeFormat('nl-BE', {
        timeZone: 'Europe/Brussels',
        day: 'numeric', month: 'short', year: 'numeric',
        hour: '2-digit', minute: '2-digit',
      });
    } catch (e) {
      return null;
    }
  })();

  function parse(iso) {
    // A timestamp without zone is UTC (that is what the server stores).
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(iso);
    const date = new Date(hasZone ? iso : `${iso}Z`);
    return Number.isNaN(date.getTime()) ? null : date;
  }

  if (format) {
    document.querySelectorAll('time.js-localtime[datetime]').forEach((node) => {
      const date = parse(node.getAttribute('datetime') || '');
      if (!date) return;
      node.textContent = format.format(date);
      if (typeof TEXT.local_time === 'string') node.title = TEXT.local_time;
    });
  }
})();
