"""Printable documents with ReportLab: protocol, attendance sheet, registers."""
