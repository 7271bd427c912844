"""Manufacturing-process knowledge per category (``recipes/processes``) and teacher drafts of it.

Record sets read it to ground their reasoning in how a part is made; it sits above ``teach``
because drafting knowledge is itself a teacher request.
"""
