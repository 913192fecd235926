// Charts module.
