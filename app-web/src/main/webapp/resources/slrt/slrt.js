/*
 * After an ajax save, an error shown at the top of a long page is out of sight of the officer who
 * pressed a button far below it (a phone shows a few fields at a time): bring it into view.
 */
(function ($) {
  $(document).on('pfAjaxComplete', function () {
    var box = document.querySelector('.ui-messages .ui-messages-error');
    if (!box) {
      return;
    }
    var r = box.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) {
      box.scrollIntoView({ block: 'center' });
    }
  });
})(jQuery);
