-- wrk script: posts valid follow-up forms to personal pages, cycling over the forms listed in the
-- file named by the FORMS environment variable (one "path<TAB>body" per line, made by followups.sh
-- from the pages themselves: each with its page's CSRF token). Every answer should be a 303.
-- DELAY_MS (default 0) makes each connection wait that long between its POSTs: a fixed POST rate.
local forms = {}
local index = 0

function init(args)
  local file = assert(io.open(os.getenv("FORMS"), "r"))
  for line in file:lines() do
    local path, body = line:match("^([^\t]+)\t(.*)$")
    if path then forms[#forms + 1] = {path = path, body = body} end
  end
  file:close()
  index = math.random(#forms)
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Origin"] = os.getenv("ORIGIN")
end

local pause = tonumber(os.getenv("DELAY_MS") or "0")

function delay()
  return pause
end

function request()
  index = index % #forms + 1
  local form = forms[index]
  return wrk.format("POST", form.path, nil, form.body)
end

