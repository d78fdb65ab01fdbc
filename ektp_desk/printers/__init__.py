"""The printers' own counters: readings of each station's card printer, the ways to take
them (a lead typing them, SNMP Printer-MIB, the Evolis SDK), and their reconciliation against
the attempts and the roll ledger the operators recorded.

Kept light: importing the package loads no reader (pysnmp, the Evolis SDK load only when a
probe runs).
"""
