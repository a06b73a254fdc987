"""The trained sequence tagger behind recognition: tokens, features, the CRF model, its training.

`tokens` splits a block into words with offsets; `features` describes each word (cached per word
type) and its neighbours; `model` loads the shipped weights lazily and tags a block with BIO
labels and their marginals; `recognise` turns the tags into the engine's scored mentions, with
the rule evidence on top; `train` rebuilds the weights from labelled data.
"""
