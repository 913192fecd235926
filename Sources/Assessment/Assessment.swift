// Assessment module.
