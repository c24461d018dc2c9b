"""Who agreed to what: the pure consent rule, product profiles and the state folder."""
