"""XML parsers: `expat` is tspy's expat-compatible reader (xml.parsers._scanner)."""
