<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#-- The form works as a plain GET form (?q=...), so a search can be linked and bookmarked; search.js runs it.
     The transcript filter lists no titles (an archive has thousands): a transcript's page sets it
     (?interview=slug) and search.js adds that transcript's option. -->
<@layout.page title="Search" kind="search">
<h1>Search</h1>
<form id="search-form" class="search-form" role="search" action="search.html" method="get">
  <p class="field wide">
    <label for="q">Words to find</label>
    <input id="q" name="q" type="search" autocomplete="off" spellcheck="false">
  </p>
  <p class="field">
    <label for="speaker">Speaker</label>
    <select id="speaker" name="speaker">
      <option value="">Anyone</option>
      <#list content.speakers as name><option value="${name}">${name}</option></#list>
    </select>
  </p>
  <p class="field">
    <label for="year">Year</label>
    <select id="year" name="year">
      <option value="">Any year</option>
      <#list content.years as y><option value="${y}">${y}</option></#list>
    </select>
  </p>
  <p class="field">
    <label for="kind">Kind</label>
    <select id="kind" name="kind">
      <option value="">Any kind</option>
      <#list content.kinds as k><option value="${k.key}">${k.label}</option></#list>
    </select>
  </p>
  <p class="field">
    <label for="interview">Transcript</label>
    <select id="interview" name="interview">
      <option value="">All transcripts</option>
    </select>
  </p>
  <p class="field"><button type="submit">Search</button></p>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<noscript><p class="search-status">Search runs in your browser and needs JavaScript. Without it, the <a href="index.html">list of transcripts</a>, the <a href="archive/index.html">archive by year</a> and the <a href="speakers/index.html">speakers</a> lead to every page.</p></noscript>
<ol id="results" class="results"></ol>
<p><button id="more-results" type="button" hidden>Show more results</button></p>
<script src="js/search.js" defer></script>
</@layout.page>
