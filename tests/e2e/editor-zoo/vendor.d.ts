// TinyMCE's self-hosted model, theme and icons register themselves on import and export nothing.
declare module 'tinymce/models/dom';
declare module 'tinymce/themes/silver';
declare module 'tinymce/icons/default';
