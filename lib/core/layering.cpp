// Compiled only into the client library: fails the build if anything makes lib/ see Widgets, Gui or Pdf.
#if defined(QT_WIDGETS_LIB) || defined(QT_GUI_LIB) || defined(QT_PDF_LIB)
#error "lib/ must not depend on Qt Widgets, Gui or Pdf"
#endif
