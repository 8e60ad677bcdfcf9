"""Export: signed bundles (.aspectos), the PDF report and their verification. Qt-free."""
