"""The language-server edge: the pygls server, handlers, stdio framing, method names, notices."""
