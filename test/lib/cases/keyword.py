import keyword
# --- keyword
keyword.kwlist, keyword.softkwlist, keyword.__all__
[keyword.iskeyword(w) for w in ('if', 'match', 'True', 'print', '', 'async', '_')], [keyword.issoftkeyword(w) for w in ('match', 'case', '_', 'if', 'type')]
keyword.iskeyword([])
