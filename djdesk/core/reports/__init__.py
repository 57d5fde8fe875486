"""PDF reports (报表).

``base`` is the shared layer every report uses: the embedded CJK font, A4 pages with a header and a
"第 x 页 共 y 页" footer, title block, fast page-sized tables, signature lines, and atomic writing.
Each report module (``roster`` …) turns domain records into rows and calls it.

This package file imports nothing on purpose: reportlab's platypus costs ≈ 0.24 s to import
(TECH-NOTES), so import ``djdesk.core.reports.<report>`` inside the worker that renders, not at start-up.
"""
