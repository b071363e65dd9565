/*
 * Stapsteen desk pages: small progressive enhancements, nothing global.
 * - <time class="js-localtime" datetime="ISO"> is shown in Belgian time
 *   (the server sends UTC; without JavaScript the UTC text stays).
 */
(() => {
  'use strict';

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
      node.title = 'Belgische tijd';
    });
  }
})();
