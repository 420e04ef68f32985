# The draft report in Tajik: partial; what is missing comes from Russian, then English.

report-conclusions = Хулосаҳои умумӣ
