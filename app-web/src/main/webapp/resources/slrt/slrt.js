/*
 * After an ajax save, an error may be out of sight of the officer who pressed a button far from
 * it (a phone shows a few fields at a time): bring into view the first error shown beside its
 * field, or else the form's list of errors.
 */
(function ($) {
  $(document).on('pfAjaxComplete', function () {
    var box = document.querySelector('.ui-message-error')
        || document.querySelector('.ui-messages .ui-messages-error');
    if (!box) {
      return;
    }
    var r = box.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) {
      box.scrollIntoView({ block: 'center' });
    }
  });
})(jQuery);
