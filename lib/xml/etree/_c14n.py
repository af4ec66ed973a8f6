"""Canonical XML 2.0 (C14N) for xml.etree.ElementTree: placeholder until implemented."""


class C14NWriterTarget:
    def __init__(self, write, *, with_comments=False, strip_text=False, rewrite_prefixes=False,
                 qname_aware_tags=None, qname_aware_attrs=None, exclude_attrs=None, exclude_tags=None):
        raise NotImplementedError("C14N is not implemented in tspy yet")


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("C14N is not implemented in tspy yet")
