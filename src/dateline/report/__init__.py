"""The `report` stage: the pages people read (templates, scripts, styles), served by `dateline.server`
and written as one offline file by `dateline timeline --html`."""
