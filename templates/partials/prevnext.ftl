<#ftl output_format="HTML">
<#-- Previous and next question of the same interview, from the page's own front matter (no store query). -->
<#macro links prev next>
<nav class="prev-next" aria-label="Questions">
  <#if prev?has_content><a class="prev" rel="prev" href="${prev.uri}"><span class="dir">Previous</span> ${prev.heading}</a><#else><span></span></#if>
  <a class="up" href="index.html">All questions</a>
  <#if next?has_content><a class="next" rel="next" href="${next.uri}"><span class="dir">Next</span> ${next.heading}</a><#else><span></span></#if>
</nav>
</#macro>
