export const id = 667;
export const ids = [667];
export const modules = {

/***/ 8870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kL: () => (/* reexport */ bundleFromRekor),
  Bu: () => (/* reexport */ loadTrustedRoots),
  OB: () => (/* reexport */ verifyBundleSignature),
  D$: () => (/* reexport */ verifyVerdictSignature)
});

// UNUSED EXPORTS: parseTrustedRoots, toSignerFacts

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
;// CONCATENATED MODULE: ./src/adapters/sigstore/roots/github.trusted_root.json
const github_trusted_root_namespaceObject = /*#__PURE__*/JSON.parse('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1","certificateAuthorities":[{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKjCCAbCgAwIBAgIUW3TJVeOvr+NSvJXdOw8nEEn7HhQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTIzMDkxMjE0MDY1NFoXDTI0MDkxMTE0MDY1NFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEsosodObhuHG6Pr5vp5y+pmnKawS1h2hwv3r3hBwqh3ZHJAw64mhDnDs9fw4jKkZEBYRSVyOHyZppz4day8hgpTIDwdj44Oan4RDb+wmj04jfhVLjLsQ4Q/X4K/ynRgNXo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUm0vkDkQZ29hutYdayJobIRmf/iMwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaAAwZQIwIBl93E7vkWTvdeIm1WSIM4qNsj0ApE8LCj3k1vrY5x6/7yhAZs7QlO3/FBCoEeaZAjEAlJcNr37uZq9BYHODHBeO/gP+6EfbzsNaLV22ASBlhF/a9y83ESLuqCNN7IxGxmWT"},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2023-10-27T16:30:00Z","end":"2024-05-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKzCCAbCgAwIBAgIUOpyw2HaZefsj/4SPXutGof8E2CkwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI0MDUxMzAwMDAwMFoXDTI1MDUxMzAwMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEJNJWvW8fckfk/oQmh+qCeIlFXl9YLEkKSjZCgcVB92Fi1HQnvmpCiyqpvP91SmT1/G6QbrmTGV7MmIQlDnBWHNUT+jwZ3elGu/yfr/v8U0uhZTIli/BMj5Y4ICHK/j4do3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUD0fF3cs+ldPyiWohHJ3JmO91V7gwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaQAwZgIxAO7BRC9i7oGUHjjlcHU/bfqk2NLy7t6wm3K5W+jBLFbAj6sVjYcY+rrYhop/OjclbQIxALafBKLPIPjoCI29BUHwLBFP6e92ZlyaoFtoqccceXAevRaDjXFvb5+M7wnD6AuAJw=="},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-05-13T00:00:00Z","end":"2024-10-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKzCCAbCgAwIBAgIUQeyd9UH06yZ63pDuqjgUZ58CnpMwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI0MTAwMzEyMDAwMFoXDTI1MTAwMzEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEwvbET2w+j9j9j50iTInH1gb9GSXkpsCvWz5orX1zgme+/Qh/5gMkpfmgfOSLV2ZRgT1hzujYmnKQvP2mCxYnbwQELAkAf+VhEY/7Uw3zZvguGQSdF1cxzRHiMTOha5eFo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUMib9z4ZYBcQANTVvVCa3KoTGbBUwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaQAwZgIxAPIU/zlJiJrxn6oTWNdEAD/YBSnhyxcvpq1D2DzFy8E8hbkEfMZPErYL7HyoL/BkdwIxAN9KDEKyktEUBrfHehfcLAzI2kERJx+8DSslXswOIbLaeqYfWsmrQAt5C0X/nOWxXA=="},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-10-07T00:00:00Z","end":"2025-06-19T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKTCCAbCgAwIBAgIUU7Y2PESb8FK88XCRQvI2rKDB5skwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI1MDUyNzAwMDAwMFoXDTI2MDUyNzAwMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEevMuOTGccTTXLu65xinRJP4gxkOemyAPCmUXEvhXKtLd+aDgN87PI0QxutOmPuQD2dLZVfxQmt5lvwJpUDIVYkKpH3mDxYbF6MJPMbq+A/EhkMaOS2+mcJRJdY2uam0Vo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU8tE1L3b7FV3qJKzSqy1w97vPt6AwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDZwAwZAIwSIsnfcDIvp+9SGBe9Es4xLDgZ6/B3wtODu+jtNUznQFPw1/WHa3iBMp3vYPkIqZDAjBBD4AKu166Hg7tDd5E8ckSCNNDkXD0Q7Xdl4yujgqv0goVMeOgRA1pKDGszhunjAQ="},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-05-27T00:00:00Z","end":"2025-12-09T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKjCCAbCgAwIBAgIUNansGfOzaol+jXgh/wsz0X36zTMwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI1MTExMzAwMDAwMFoXDTI2MTExMzAwMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE24Un0srydTqXkWtrVrNdgPRNa1cCZqBRpFImYqItuVs/mszkn+RSlwcMzg/LwphU84qwA8Xv2z8ZaIETHspoQgMO4dP5zhJ5W8M+9crL1kR4Co2vS3TJZF9Qpsg+HiTro3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUGO6KtZB8c9gbXS2uNF3tXCtFNhEwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaAAwZQIxALmOdTRy/SiOc+QSf+eAPz24xWGhMryvNpyNvBZDeyqthC9KaMKmX+kHwJ0A6/bTXQIwE1mPbkH6tBXuWxlR/2Bj7UZ3MADlHSYGQUjpHMdQqJk17UVBywad5U6uA/f0pFdU"},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-11-13T00:00:00Z"}}],"timestampAuthorities":[{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICHDCCAaGgAwIBAgIUNDVlmtZuvoujn4KwiC/oxIr8hxAwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTIzMDgzMTEyMDAwMFoXDTI0MDgzMDEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEV/zJhNTdu0Fa9hGCUih/JvqEoE81tEWrAVwUXXhdRgIY9hIFErLhNo6sSOpV9d7Zuy0KWMHhcimCUr41a1732ByVRy3f+Z4QhqpsgFMh5b5J90HJLK7HOyUZjehAnvSno3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUGwE6T5ZIh6lY9wP6vt42UHyVMewwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaQAwZgIxAJo48LtrSsn0UmLtqGiUKg2EUvso+aDN5EyjpvMmobZ/Oq9zjnR7Of369hoABW4/1gIxANg5ZW4FqijhsXnA3md6jM9yLrLCI9QL+KnuZnXq6WgAcNQaAN7PNNjVDKV3iJEklw=="},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2023-10-27T16:30:00Z","end":"2024-05-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUPPgn6ner1PU/75CQ+62fdBuazaAwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI0MDUxMzAwMDAwMFoXDTI1MDUxMzAwMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEA0pG1mAC4qafk1JJuOoIvhnMME9XmBDxjGFreDLnyzaexIzRw+UHUFy8C2gE6Me+0tIGQt4Ftbu66NGmfvBkR6boPMYQSU2O5X5ykZBm/9LR/Aqz0lgmBy/OlXvTJjglo3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUDa4GVhd97Z2V8kiVl9DB0kC53CMwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIwEQHd++b7IBAAuqT2/1i/wXf1WM2XrkFF6qd1c3kFcBVvdLQyJ5KoyNUHnfCCVJROAjEA+FoASOEcARlU6RqVcif9JthHwzh6nNwz0AfAHvO8xantN/7HjiLmFrFEGR/g0kN/"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-05-13T00:00:00Z","end":"2024-10-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUH7swiMTn+svhcDh80OeZccDTj7AwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI0MTAwNDEyMDAwMFoXDTI1MTAwNDEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEM7jdYNBTeD6hjym2/y73b50u2AFQsf8305Sr1NleOqamH9aWt6obhJQH3NoNUw9iFzHcDvafYWQFMu7SmOxS5n3aqwwfR8oJxKnEl36uCmGB+8TXS3B76SVTHEhG5rzOo3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUQvz9YbWX3S6a+jruBkhRBiE2RCkwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIxAI4dhu5iyx/g+z1vKAAWvHtebl1ZwsC+Vwgjm6Ttlq5yLNHHvYEnJ/h15Qv2IuXvdgIwZ8H/iy4lXsFJdFYSsB1/zavl24EgxSzxK/pCpihXMetYYDA/lX3xMyquisMx45rN"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-10-07T00:00:00Z","end":"2025-06-19T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUaaAaeAO3NzYXR/muq5YMnGY34IUwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI1MDUyNzAwMDAwMFoXDTI2MDUyNzAwMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEAjyAb+jWITMjkgbjWC02N05Zf5/kPs73ICf5/8lHSyHnoqqItP2z3fkMpWiRpelX8eIjzCjZ0Zht+DpGxtJUNh5jMa+fFv2qoDLGbnQ17DXKXCr9nWHF4vCMflHZK5JHo3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUyvAcv8s1s37A/IWZAwdEptzjfWIwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIwMnoHA4qDtR3eRohUIhvHGG70xT9XMfEnuj0kRvi9wu9VumL4pXqz1ktJgTBm6DrYAjEA5SYnRfUm2yAYmGEkJr9RvSCV9O7X+fL8KqfM4TOPrXJLMERQjhRXbWZ4DjxvifnF"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-05-27T00:00:00Z","end":"2025-12-09T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUHiljSG9Nx/Qf/gPpl7V1kyRh/jYwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI1MTExMzAwMDAwMFoXDTI2MTExMzAwMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEG1ZUJgbtNpInC7jR9hi4OMWK5yF5VeRpmCs6ADS5lx23MEHo3ek32O123e3YwH+J3F9Vbpd7ePQHnpdc6tsBcQ/y/NPw2Vf+VwMI/E35C5/3Y9A5kRXq9CFXC1bU6Fj6o3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUXa9JaNrcN+1Je5aHEemVnH2XXtMwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIwJyVOay8lriDg4Up0VFWc/o19mzuQeoEItzM2dG50eXF4KbPo9zfdviS3D6StPFRGAjEA5IHCXJ8qP8CsAsQmT3IPimUTAvDNJZI4GFIxs+od/R/EUHGu4NxuwPX3A1ZnJP7z"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-11-13T00:00:00Z"}}]}');
;// CONCATENATED MODULE: ./src/adapters/sigstore/roots/public-good.trusted_root.json
const public_good_trusted_root_namespaceObject = /*#__PURE__*/JSON.parse('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1","tlogs":[{"baseUrl":"https://rekor.sigstore.dev","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2021-01-12T11:53:27Z"}},"logId":{"keyId":"wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0="}},{"baseUrl":"https://log2025-1.rekor.sigstore.dev","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=","keyDetails":"PKIX_ED25519","validFor":{"start":"2025-09-23T00:00:00Z"}},"logId":{"keyId":"zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A="}}],"certificateAuthorities":[{"subject":{"organization":"sigstore.dev","commonName":"sigstore"},"uri":"https://fulcio.sigstore.dev","certChain":{"certificates":[{"rawBytes":"MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ=="}]},"validFor":{"start":"2021-03-07T03:20:29Z","end":"2022-12-31T23:59:59.999Z"}},{"subject":{"organization":"sigstore.dev","commonName":"sigstore"},"uri":"https://fulcio.sigstore.dev","certChain":{"certificates":[{"rawBytes":"MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow="},{"rawBytes":"MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ"}]},"validFor":{"start":"2022-04-13T20:06:15Z"}}],"ctlogs":[{"baseUrl":"https://ctfe.sigstore.dev/test","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2021-03-14T00:00:00Z","end":"2022-10-31T23:59:59.999Z"}},"logId":{"keyId":"CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I="}},{"baseUrl":"https://ctfe.sigstore.dev/2022","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2022-10-20T00:00:00Z"}},"logId":{"keyId":"3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4="}}],"timestampAuthorities":[{"subject":{"organization":"sigstore.dev","commonName":"sigstore-tsa-selfsigned"},"uri":"https://timestamp.sigstore.dev/api/v1/timestamp","certChain":{"certificates":[{"rawBytes":"MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw=="},{"rawBytes":"MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E"}]},"validFor":{"start":"2025-07-04T00:00:00Z"}}]}');
;// CONCATENATED MODULE: ./src/adapters/sigstore/trust.ts





async function loadTrustedRoots(source) {
    switch (source.kind) {
        case 'embedded':
            return [dist.TrustedRoot.fromJSON(public_good_trusted_root_namespaceObject), embeddedGitHubRoot()];
        case 'file':
            return parseTrustedRoots(await readTrustFile(source.path), source.path);
        case 'tuf':
            return [await fetchTrustedRootFromTuf(source), embeddedGitHubRoot()];
    }
}
/** GitHub's own instance, from the embedded copy whatever the source (roots/README.md says why). */
function embeddedGitHubRoot() {
    return dist.TrustedRoot.fromJSON(github_trusted_root_namespaceObject);
}
async function readTrustFile(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* GuardError */.U$('trust_root_unavailable', `cannot read trusted root file ${path}: ${error.message}`, { cause: error });
    }
}
/** `gh attestation trusted-root` prints one root per line; a plain trusted_root.json is one object. */
function parseTrustedRoots(text, origin) {
    let values;
    try {
        const trimmed = text.trim();
        values =
            trimmed.startsWith('{') && !trimmed.includes('}\n{')
                ? [JSON.parse(trimmed)]
                : trimmed
                    .split('\n')
                    .filter(Boolean)
                    .map((l) => JSON.parse(l));
    }
    catch {
        throw new errors/* GuardError */.U$('trust_root_unavailable', `${origin} is not a trusted root (JSON or JSON lines)`);
    }
    const roots = values.map((value) => dist.TrustedRoot.fromJSON(value));
    if (roots.length === 0 || roots.some((root) => root.certificateAuthorities.length === 0)) {
        throw new errors/* GuardError */.U$('trust_root_unavailable', `${origin} holds no certificate authority: not a Sigstore trusted root`);
    }
    return roots;
}
async function fetchTrustedRootFromTuf(source) {
    try {
        // Loaded only when needed: the TUF client and its HTTP stack are most of the bundle.
        const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 4423));
        return await getTrustedRoot({
            mirrorURL: source.mirrorUrl,
            rootPath: source.rootPath,
            cachePath: source.cachePath,
            retry: 1,
            timeout: 5_000,
        });
    }
    catch (error) {
        const where = source.mirrorUrl ?? 'the Sigstore public-good TUF repository';
        throw new errors/* GuardError */.U$('trust_root_unavailable', `cannot fetch the trusted root from ${where}: ${error.message}. Offline, give a trusted root instead (the CLI's --trusted-root FILE or --offline; the action's trust input).`, { cause: error });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var policy = __webpack_require__(5088);
// EXTERNAL MODULE: ./src/core/provenance/index.ts + 4 modules
var provenance = __webpack_require__(8901);
;// CONCATENATED MODULE: ./src/adapters/sigstore/certificate.ts

const FULCIO = '1.3.6.1.4.1.57264.1';
/**
 * Reads the Fulcio extensions; newer ones are DER UTF8Strings, the legacy ones raw bytes. A value with
 * whitespace or control characters is refused: it could pass a comparison that looks exact.
 */
function toSignerFacts(certificate) {
    const read = (what, suffix, legacySuffix) => (0,provenance/* assertPlainIdentity */.r8)(derString(certificate, `${FULCIO}.${suffix}`) ??
        (legacySuffix ? rawString(certificate, `${FULCIO}.${legacySuffix}`) : null), `the certificate's ${what} (OID ${FULCIO}.${suffix})`);
    const legacyRepository = (0,provenance/* assertPlainIdentity */.r8)(rawString(certificate, `${FULCIO}.5`), "the certificate's repository (OID .5)");
    return {
        subjectAlternativeName: (0,provenance/* assertPlainIdentity */.r8)(certificate.subjectAltName ?? null, "the certificate's SAN"),
        issuer: read('issuer', 8, 1),
        buildSignerUri: read('Build Signer URI', 9),
        runnerEnvironment: read('Runner Environment', 11),
        sourceRepositoryUri: read('Source Repository URI', 12) ??
            (legacyRepository ? `https://github.com/${legacyRepository}` : null),
        sourceRepositoryDigest: read('Source Repository Digest', 13, 3),
        sourceRepositoryRef: read('Source Repository Ref', 14, 6),
        sourceRepositoryIdentifier: read('Source Repository Identifier', 15),
        sourceRepositoryOwnerIdentifier: read('Source Repository Owner Identifier', 17),
        runInvocationUri: read('Run Invocation URI', 21),
    };
}
function derString(certificate, oid) {
    const value = certificate.extension(oid)?.value;
    if (!value || value.length < 2 || value[0] !== 0x0c)
        return null;
    const [offset, length] = derLength(value);
    return value.subarray(offset, offset + length).toString('utf8');
}
function derLength(value) {
    const first = value[1] ?? 0;
    if (first < 0x80)
        return [2, first];
    const size = first & 0x7f;
    let length = 0;
    for (let i = 0; i < size; i++)
        length = (length << 8) | (value[2 + i] ?? 0);
    return [2 + size, length];
}
function rawString(certificate, oid) {
    const value = certificate.extension(oid)?.value;
    return value && value.length > 0 ? value.toString('utf8') : null;
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/roots/npm-registry-keys.json
const npm_registry_keys_namespaceObject = /*#__PURE__*/JSON.parse('{"H":[{"keyid":"SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA","keytype":"ecdsa-sha2-nistp256","expires":"2025-01-29T00:00:00.000Z","key":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Olb3zMAFFxXKHiIkQO5cJ3Yhl5i6UPp+IhuteBJbuHcA5UogKo0EWtlWwW6KSaKoTNEYL7JlCQiVnkhBktUgg=="},{"keyid":"SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U","keytype":"ecdsa-sha2-nistp256","expires":null,"key":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEY6Ya7W++7aUPzvMTrezH6Ycx3c+HOKYCcNGybJZSCJq/fd7Qa8uuAKtdIkUQtQiEKERhAmE5lMMJhP8OkDOa2g=="}]}');
;// CONCATENATED MODULE: ./src/adapters/sigstore/npm-keys.ts



/** The npm registry's publish-attestation keys by hint, in the shape `toTrustMaterial` takes. */
function npmRegistryKeys() {
    return Object.fromEntries(npm_registry_keys_namespaceObject.H.map((key) => [
        key.keyid,
        {
            rawBytes: (0,external_node_crypto_.createPublicKey)({
                key: Buffer.from(key.key, 'base64'),
                format: 'der',
                type: 'spki',
            }).export({ format: 'der', type: 'spki' }),
            keyDetails: dist.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
            validFor: key.expires === null ? undefined : { start: undefined, end: new Date(key.expires) },
        },
    ]));
}
function isNpmRegistryKey(hint) {
    return npm_registry_keys_namespaceObject.H.some((key) => key.keyid === hint);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
;// CONCATENATED MODULE: ./src/adapters/sigstore/root-selection.ts



// Trust material is costly to build and never changes for a root object: build it once.
const prepared = new WeakMap();
function prepare(root) {
    let entry = prepared.get(root);
    if (!entry) {
        const timestampOnly = isTimestampOnly(root);
        // npm's publish attestations are signed by the registry's key and logged in public-good Rekor only.
        const material = timestampOnly ? (0,verify_dist/* toTrustMaterial */.jO)(root) : (0,verify_dist/* toTrustMaterial */.jO)(root, npmRegistryKeys());
        entry = {
            root,
            verifier: new verify_dist/* Verifier */.BL(material, timestampOnly ? TIMESTAMP_ONLY : LOGGED),
            caSubjects: root.certificateAuthorities
                .flatMap((ca) => ca.certChain?.certificates ?? [])
                .flatMap((cert) => subjectOf(cert.rawBytes)),
        };
        prepared.set(root, entry);
    }
    return entry;
}
/** A root with a log (public-good): one SCT, one transparency-log entry, one timestamp (the entry's). */
const LOGGED = { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 1 };
/** GitHub's instance: no SCT, no log entry, one RFC 3161 timestamp from one of the root's TSAs. */
const TIMESTAMP_ONLY = { ctlogThreshold: 0, tlogThreshold: 0, timestampThreshold: 1 };
/**
 * A root with neither a transparency log nor a CT log (GitHub's instance) can vouch for a signing time only
 * through its timestamp authorities. A root with either log keeps every threshold at one, so a bundle
 * stripped of its log entry or a certificate without its SCT never passes under it.
 */
function isTimestampOnly(root) {
    return root.tlogs.length === 0 && root.ctlogs.length === 0;
}
function subjectOf(der) {
    try {
        return [core_dist.X509Certificate.parse(Buffer.from(der)).subject];
    }
    catch {
        return [];
    }
}
/**
 * The verifiers of the roots whose CA issued the leaf (a byte comparison of distinguished names;
 * the library then verifies the chain itself); when none matches, or the bundle is signed by a key, every
 * root is tried.
 */
function verifiersFor(roots, leaf) {
    const all = roots.map(prepare);
    const matching = leaf === null
        ? []
        : all.filter((entry) => entry.caSubjects.some((subject) => subject.equals(leaf.issuer)));
    return (matching.length > 0 ? matching : all).map((entry) => entry.verifier);
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/signature.ts








const EXPECTED = 'signature, certificate chain and log/timestamp verify under a trusted root';
/**
 * Cryptographic verification through `@sigstore/verify`: DSSE signature, Fulcio chain, SCTs, and
 * transparency-log inclusion or RFC 3161 timestamps, with thresholds chosen by the trusted root
 * that issued the certificate (GitHub's instance has no logs). Who signed is the policy's question:
 * the identity checks read the returned certificate facts.
 */
function verifyBundleSignature(bundleJson, roots) {
    const { entity, leaf, hint } = toVerifiable(bundleJson);
    const signer = leaf === null ? null : readSigner(leaf);
    if (leaf === null && !isNpmRegistryKey(hint)) {
        return rejected('signature_invalid', `signed by a public key that is not trusted (hint ${JSON.stringify(hint)})`);
    }
    const errors = [];
    for (const verifier of verifiersFor(roots, leaf)) {
        const error = verifyWith(verifier, entity);
        if (error === null)
            return {
                check: (0,policy/* passed */.bF)('signature', 'signature_invalid', EXPECTED, 'verified'),
                signer,
                keyHint: leaf ? null : hint,
            };
        errors.push(error);
    }
    // An edited payload first breaks the log entry's body hash; name the root cause instead.
    if (leaf !== null && !entity.signature.verifySignature(publicKeyOf(leaf))) {
        return rejected('signature_invalid', 'the signature does not match the payload');
    }
    const error = errors[0] ?? new Error('no trusted root to verify against');
    const code = error instanceof verify_dist/* VerificationError */.mk && /^(TLOG|TIMESTAMP)/.test(error.code)
        ? 'tlog_invalid'
        : 'signature_invalid';
    return rejected(code, error instanceof verify_dist/* VerificationError */.mk ? `${error.code}: ${error.message}` : error.message);
}
function rejected(code, actual) {
    return { check: (0,policy/* failed */.gz)('signature', code, EXPECTED, actual), signer: null, keyHint: null };
}
/** The library's parsers throw plain errors on attacker-controlled bytes; they become coded here. */
function toVerifiable(json) {
    let bundle;
    try {
        bundle = (0,bundle_dist/* bundleFromJSON */.vw)(json);
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `invalid Sigstore bundle: ${error.message}`, {
            cause: error,
        });
    }
    try {
        const material = bundle.verificationMaterial.content;
        const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
        // The entity has parsed the leaf certificate already; a second parse is a measurable share of a warm
        // verification.
        const leaf = entity.key.$case === 'certificate' ? entity.key.certificate : null;
        return { entity, leaf, hint: material.$case === 'publicKey' ? material.publicKey.hint : '' };
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `the bundle's certificate or signature cannot be parsed: ${error.message}`, { cause: error });
    }
}
function readSigner(leaf) {
    try {
        return toSignerFacts(leaf);
    }
    catch (error) {
        if ((0,errors/* isGuardError */.QT)(error))
            throw error;
        throw new errors/* GuardError */.U$('provenance_malformed', `the signing certificate cannot be read: ${error.message}`, { cause: error });
    }
}
/**
 * Only a rejected signature needs the key on its own: building it for every verification costs more than our
 * policy checks.
 */
function publicKeyOf(leaf) {
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: leaf.publicKey, format: 'der', type: 'spki' });
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `the signing certificate's key cannot be read: ${error.message}`, { cause: error });
    }
}
function verifyWith(verifier, entity) {
    try {
        verifier.verify(entity);
        return null;
    }
    catch (error) {
        return error;
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/adapters/sigstore/rekor-lookup.ts



const LogEntrySchema = schemas/* object */.Ikc({
    body: schemas/* string */.YjP(),
    integratedTime: schemas/* number */.aig(),
    logID: schemas/* string */.YjP(),
    logIndex: schemas/* number */.aig(),
    verification: schemas/* object */.Ikc({
        signedEntryTimestamp: schemas/* string */.YjP(),
        inclusionProof: schemas/* object */.Ikc({
            logIndex: schemas/* number */.aig(),
            rootHash: schemas/* string */.YjP(),
            treeSize: schemas/* number */.aig(),
            hashes: schemas/* array */.YOg(schemas/* string */.YjP()),
            checkpoint: schemas/* string */.YjP(),
        })
            .optional(),
    }),
});
const TIMEOUT_MS = 10_000;
/**
 * Turns a legacy slsa-github-generator envelope (no inclusion proof) into a Sigstore bundle by
 * looking its entry up in Rekor. The bundle is then verified like any other: the log entry's body,
 * promise and proof are checked against the trusted root, so a wrong or forged entry cannot pass.
 */
async function bundleFromRekor(envelope, rekorUrl) {
    const signature = envelope.signatures[0];
    if (!signature)
        throw new errors/* GuardError */.U$('provenance_malformed', 'the DSSE envelope has no signature');
    const certificate = certificateDer(signature.cert);
    const payloadDigest = (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(envelope.payload, 'base64')).digest('hex');
    const uuids = asRekorAnswer(schemas/* array */.YOg(schemas/* string */.YjP()), await rekorJson(rekorUrl, '/api/v1/index/retrieve', { hash: `sha256:${payloadDigest}` }), 'index/retrieve');
    for (const uuid of uuids) {
        const entries = asRekorAnswer(schemas/* record */.g1P(schemas/* string */.YjP(), LogEntrySchema), await rekorJson(rekorUrl, `/api/v1/log/entries/${uuid}`), 'log/entries');
        const entry = Object.values(entries)[0];
        if (entry && bodyNamesSignature(entry.body, signature.sig))
            return toBundleJson(envelope, certificate, entry);
    }
    throw new errors/* GuardError */.U$('tlog_invalid', `Rekor at ${rekorUrl} has no entry for this envelope's signature`);
}
/** The envelope's certificate comes from whoever wrote the file: a PEM that does not parse is malformed. */
function certificateDer(pem) {
    try {
        return new external_node_crypto_.X509Certificate(pem).raw.toString('base64');
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `the DSSE envelope's certificate is not an X.509 certificate: ${error.message}`, { cause: error });
    }
}
function asRekorAnswer(schema, value, route) {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw new errors/* GuardError */.U$('tlog_invalid', `Rekor answered ${route} with an unexpected shape`);
    return parsed.data;
}
async function rekorJson(base, path, body) {
    const url = new URL(path, base);
    let response;
    try {
        response = await fetch(url, {
            method: body ? 'POST' : 'GET',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: body ? JSON.stringify(body) : undefined,
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
    }
    catch (error) {
        throw new errors/* GuardError */.U$('tlog_invalid', `cannot reach Rekor at ${url.origin}: ${error.message}`, {
            cause: error,
        });
    }
    if (!response.ok)
        throw new errors/* GuardError */.U$('tlog_invalid', `Rekor answered ${response.status} for ${url.pathname}`);
    try {
        return await response.json();
    }
    catch (error) {
        throw new errors/* GuardError */.U$('tlog_invalid', `Rekor answered ${url.pathname} with something that is not JSON`, {
            cause: error,
        });
    }
}
function entryKind(body) {
    let json;
    try {
        json = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
    }
    catch {
        throw new errors/* GuardError */.U$('tlog_invalid', 'a Rekor entry body is not JSON');
    }
    return asRekorAnswer(schemas/* object */.Ikc({ kind: schemas/* string */.YjP(), apiVersion: schemas/* string */.YjP() }), json, 'log/entries (body)');
}
/** intoto entries carry the signature base64-encoded once more; dsse entries carry it as is. */
function bodyNamesSignature(body, sig) {
    const text = Buffer.from(body, 'base64').toString('utf8');
    return text.includes(sig) || text.includes(Buffer.from(sig).toString('base64'));
}
function toBundleJson(envelope, certificateBase64, entry) {
    const kind = entryKind(entry.body);
    const proof = entry.verification.inclusionProof;
    const hexToBase64 = (hex) => Buffer.from(hex, 'hex').toString('base64');
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            x509CertificateChain: { certificates: [{ rawBytes: certificateBase64 }] },
            tlogEntries: [
                {
                    logIndex: String(entry.logIndex),
                    logId: { keyId: hexToBase64(entry.logID) },
                    kindVersion: { kind: kind.kind, version: kind.apiVersion },
                    integratedTime: String(entry.integratedTime),
                    inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
                    inclusionProof: proof && {
                        logIndex: String(proof.logIndex),
                        rootHash: hexToBase64(proof.rootHash),
                        treeSize: String(proof.treeSize),
                        hashes: proof.hashes.map(hexToBase64),
                        checkpoint: { envelope: proof.checkpoint },
                    },
                    canonicalizedBody: entry.body,
                },
            ],
            timestampVerificationData: { rfc3161Timestamps: [] },
        },
        dsseEnvelope: {
            payload: envelope.payload,
            payloadType: envelope.payloadType,
            signatures: envelope.signatures.map(({ sig, keyid }) => ({ sig, keyid: keyid ?? '' })),
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/verdict-signature.ts


/**
 * A manifest's verdict signature, verified offline under `roots` (`@sigstore/verify`): the certificate's
 * facts and the signed statement, or why it does not verify. Never throws: a bundle is text anyone can write.
 */
function verifyVerdictSignature(bundle, roots) {
    const parsed = provenance/* BundleJsonSchema */.wr.safeParse(bundle);
    if (!parsed.success)
        return { ok: false, problem: 'not a Sigstore bundle with a DSSE envelope' };
    try {
        const outcome = verifyBundleSignature(parsed.data, roots);
        if (outcome.signer === null || outcome.check.status !== 'passed')
            return { ok: false, problem: `the signature does not verify: ${outcome.check.actual}` };
        return { ok: true, signer: outcome.signer, statement: (0,provenance/* decodeStatement */.Gc)(parsed.data.dsseEnvelope) };
    }
    catch (error) {
        return { ok: false, problem: `the bundle cannot be verified: ${error.message}` };
    }
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/index.ts







/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* unused harmony exports parseArgsOnce, assertVisible, allSpellings */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9421);
/* harmony import */ var _core_provenance_identity_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2113);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5377);




/**
 * `parseArgs`, strict, where a flag that takes one value may be given once: `--provenance a
 * --provenance b` is a usage error, not a silent choice of the last one.
 */
function parseArgsOnce(config) {
    const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ ...config, strict: true, tokens: true });
    const seen = new Set();
    for (const token of parsed.tokens ?? []) {
        if (token.kind !== 'option' || config.options?.[token.name]?.multiple)
            continue;
        if (seen.has(token.name))
            throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `--${token.name} was given more than once; it takes one value`);
        seen.add(token.name);
    }
    return parsed;
}
// Control and invisible format characters, and line breaks: never part of a value typed on purpose.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
// An identity given on the command line is printable ASCII: a URL, OWNER/NAME, a ref, a digest. Anything
// else (a combining mark, a filler, a full-width letter that URL parsing quietly maps) is refused, named.
const UNSAFE_IDENTITY = /[^\x21-\x7E]/u;
/**
 * One command's flags, from its table: each alias reads into its primary name (given both, they must
 * agree), a required flag must be there, and a value with an invisible or control character is refused
 * with that character named.
 */
function parseCommandArgs(flags, argv, { positionals = false } = {}) {
    const options = {};
    for (const spec of flags)
        for (const name of [spec.name, ...(spec.aliases ?? [])])
            options[name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) };
    const parsed = parseArgsOnce({ args: [...argv], options, allowPositionals: positionals });
    const raw = parsed.values;
    const values = {};
    const spelled = {};
    for (const spec of flags) {
        const given = [spec.name, ...(spec.aliases ?? [])].filter((name) => raw[name] !== undefined);
        if (given.length === 0) {
            if (spec.required)
                throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `--${spec.name}${spec.value ? ` ${spec.value}` : ''} is required`);
            continue;
        }
        spelled[spec.name] = `--${given[0]}`;
        if (spec.multiple) {
            values[spec.name] = given.flatMap((name) => raw[name]);
        }
        else {
            const distinct = [...new Set(given.map((name) => raw[name]))];
            if (distinct.length > 1)
                throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `${given.map((name) => `--${name}`).join(' and ')} are the same flag and were given different values`);
            values[spec.name] = distinct[0];
        }
        if (spec.type === 'string' && !spec.freeText) {
            const all = spec.multiple ? values[spec.name] : [values[spec.name]];
            for (const value of all)
                assertVisible(spelled[spec.name], value, spec.identity === true);
        }
    }
    return { values: values, spelled, positionals: parsed.positionals };
}
/** `--cert-identity: U+200B ZERO WIDTH SPACE at position 7 — copied from a job summary? …` */
function assertVisible(flag, value, identity) {
    const found = (0,_core_provenance_identity_text_js__WEBPACK_IMPORTED_MODULE_2__/* .unsafeCharacterIn */ .TH)(value, identity ? UNSAFE_IDENTITY : INVISIBLE);
    if (found !== null)
        throw new _core_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GuardError */ .U$('input_invalid', `${flag}: ${found} — copied from a job summary? Remove it and try again`);
}
/** The parser's spellings of a table: every name and alias. */
function allSpellings(flags) {
    return flags.flatMap(spellings);
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ matchesGlob)
/* harmony export */ });
/**
 * The project's one glob matcher, for tag patterns and asset names: `*` matches any run of characters but
 * `/`, `**` (or a longer run of stars) any run, `?` one character but `/`; everything else is literal.
 *
 * It walks the name once, keeping the set of pattern positions that can have matched so far (a
 * Thompson-style simulation): at most (name length + 1) × (pattern length + 1) steps, whatever the
 * stars. A regular expression built from the glob backtracked instead: a pattern with ten stars took
 * 12 s on a forty-character name that did not match, growing with the tenth power of its length.
 */
function matchesGlob(glob, name) {
    const tokens = globTokens(glob);
    const end = tokens.length;
    let active = new Uint8Array(end + 1);
    let next = new Uint8Array(end + 1);
    active[0] = 1;
    skipStars(tokens, active);
    for (let at = 0; at < name.length; at++) {
        const char = name[at];
        next.fill(0);
        for (let position = 0; position < end; position++) {
            if (active[position] === 0)
                continue;
            const token = tokens[position];
            if (token === ANY_RUN || (token === SEGMENT_RUN && char !== '/'))
                next[position] = 1;
            else if (token === char || (token === ONE_CHAR && char !== '/'))
                next[position + 1] = 1;
        }
        if (!next.includes(1))
            return false;
        skipStars(tokens, next);
        [active, next] = [next, active];
    }
    return active[end] === 1;
}
/** `*`: a run within one path segment. */
const SEGMENT_RUN = Symbol('*');
/** `**`: any run. */
const ANY_RUN = Symbol('**');
/** `?`: one character but `/`. */
const ONE_CHAR = Symbol('?');
/** The glob as tokens: each literal character on its own, each run of stars as one token. */
function globTokens(glob) {
    const tokens = [];
    for (let at = 0; at < glob.length; at++) {
        const char = glob[at];
        if (char === '?')
            tokens.push(ONE_CHAR);
        else if (char !== '*')
            tokens.push(char);
        else if (glob[at + 1] !== '*')
            tokens.push(SEGMENT_RUN);
        else {
            while (glob[at + 1] === '*')
                at++;
            tokens.push(ANY_RUN);
        }
    }
    return tokens;
}
/** A star may match nothing: whoever stands before one also stands after it (left to right, in one pass). */
function skipStars(tokens, active) {
    for (let position = 0; position < tokens.length; position++) {
        const token = tokens[position];
        if (active[position] === 1 && (token === SEGMENT_RUN || token === ANY_RUN))
            active[position + 1] = 1;
    }
}


/***/ }),

/***/ 6275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wT: () => (/* reexport */ LINT_RULES),
  ZJ: () => (/* reexport */ MAX_MANIFEST_BYTES),
  zy: () => (/* reexport */ ManifestEntrySchema),
  T9: () => (/* reexport */ SIGNED_VERDICTS_FROM),
  HH: () => (/* reexport */ describeInvalidEntry),
  k2: () => (/* reexport */ schema_entryKey),
  XR: () => (/* reexport */ lintManifest),
  H2: () => (/* reexport */ lintSignatures),
  AV: () => (/* reexport */ override_window_overrideWindowProblem),
  Ng: () => (/* reexport */ parseManifest),
  Dl: () => (/* reexport */ readManifest),
  md: () => (/* reexport */ verdictVouched)
});

// UNUSED EXPORTS: CREATING_EVENTS, ENTRY_STATUSES, EVENT_NAMES, HistoryEntrySchema, MANIFEST_HOME_RULE, MANIFEST_SCHEMA_VERSION, MAX_OVERRIDE_DAYS, MAX_OVERRIDE_MS, ManifestSchema, NOTIFY_CLAIM_TTL_MS, OverrideSchema, TRANSITIONS, VERDICT_PAYLOAD_TYPE, VERDICT_PREDICATE_TYPE, VerdictFactsSchema, applyEvent, canonicalJson, emptyManifest, manifestPathForRun, postAttemptOf, rerunClaimOf, serializeManifest, signatureProblem, statusAfter, stepClaimId, takesOver, toVerdictFacts, verdictDigest, verdictPredicate, verdictStatement, verdictSubjectName, violation

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
;// CONCATENATED MODULE: ./src/core/manifest/location.ts
/**
 * Where every entry lives, whichever action (validate, notify, recover, rollback) and whatever day it runs.
 */
const MANIFEST_HOME_RULE = 'Each entry lives in docs/reports/<YYYY-MM-DD>/manifest.json, where the date is the UTC day of its release ' +
    "run's created_at (GET /repos/{owner}/{repo}/actions/runs/{run_id}); reruns keep the run and so the file. An explicit manifest-path " +
    'puts every entry in that one file instead.';
/**
 * The home of a release run's entries: the UTC day the run was created, never the day a job happens to run.
 */
function manifestPathForRun(runCreatedAt) {
    return `docs/reports/${runCreatedAt.toISOString().slice(0, 10)}/manifest.json`;
}

;// CONCATENATED MODULE: ./src/core/manifest/schema.ts



const MANIFEST_SCHEMA_VERSION = 1;
const ENTRY_STATUSES = [
    'pending',
    'success',
    'failure',
    'requeued',
    'rerun_in_progress',
    'blocked',
    'rollback',
];
const EVENT_NAMES = [
    'validated',
    'failed',
    'notify_claimed',
    'notified',
    'issue_opened',
    'escalated',
    'requeued',
    'rerun_started',
    'rerun_succeeded',
    'rerun_failed',
    'blocked',
    'rolled_back',
    'override_granted',
    'override_revoked',
    'rerun_not_started',
    'notify_released',
    'post_attempted',
    'post_refused',
    'verdict_signed',
];
const isoDateTime = iso/* datetime */.w$({ offset: true });
const runId = schemas/* number */.aig().int().positive();
const HistoryEntrySchema = schemas/* object */.Ikc({
    at: isoDateTime,
    event: schemas/* enum */.k5n(EVENT_NAMES),
    actor: schemas/* string */.YjP().min(1),
    run_id: runId,
    run_attempt: schemas/* number */.aig().int().positive(),
    from: schemas/* enum */.k5n(ENTRY_STATUSES).nullable(),
    to: schemas/* enum */.k5n(ENTRY_STATUSES),
    reason: schemas/* string */.YjP().max(500).nullable(),
    /**
     * On `validated`, `rerun_succeeded` and `verdict_signed`: the SHA-256 of the verdict facts the step
     * recorded (or signed), so lint can tie the entry's verdict to it.
     */
    verdict_sha256: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    /**
     * On `rerun_started`, `notify_claimed` and `post_attempted`: the step that claimed
     * (`<run id>/<job>#<attempt>`), so it knows its own claim when it finds it applied.
     */
    claim_id: schemas/* string */.YjP().min(1).max(100).optional(),
    /** On `post_attempted` and `post_refused`: the Slack channel. */
    channel: schemas/* enum */.k5n(['slack', 'summary']).optional(),
    /**
     * On `verdict_signed`: the Sigstore bundle (JSON) in which the validate job signed the entry's verdict
     * with its own OIDC identity; `verdict_sha256` names the verdict it signed.
     */
    signature: schemas/* looseObject */._H3({ mediaType: schemas/* string */.YjP() }).optional(),
})
    .strict();
const OverrideSchema = schemas/* object */.Ikc({
    reason: schemas/* string */.YjP().min(1).max(500),
    approver: schemas/* string */.YjP().min(1).max(100),
    granted_at: isoDateTime,
    expires_at: isoDateTime,
    revoked_at: isoDateTime.nullable(),
    /**
     * The governance workflow run that granted it: GitHub, not the manifest, says who dispatched it, where
     * and when.
     */
    granted_by_run: schemas/* number */.aig().int().positive().optional(),
})
    .strict();
const VerdictFactsSchema = schemas/* object */.Ikc({
    predicate_type: schemas/* string */.YjP(),
    builder_id: schemas/* string */.YjP(),
    source_repository: schemas/* string */.YjP().nullable(),
    source_ref: schemas/* string */.YjP().nullable(),
    source_commit: schemas/* string */.YjP().nullable(),
    subjects: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()) }).strict()),
    verifier: schemas/* string */.YjP(),
    /** SHA-256 of the policy file the release was verified under. */
    policy_sha256: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    /** The published release's assets, when the release itself was verified (artifact-source: release). */
    release_assets: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP().min(1),
        size: schemas/* number */.aig().int().min(0),
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    })
        .strict())
        .optional(),
})
    .strict();
/** One release verification: a (tag, run_id) pair and everything governance needs to know about it. */
const ManifestEntrySchema = schemas/* object */.Ikc({
    tag: schemas/* string */.YjP().min(1),
    run_id: runId,
    run_attempt: schemas/* number */.aig().int().positive(),
    artifact_url: schemas/* string */.YjP().nullable(),
    status: schemas/* enum */.k5n(ENTRY_STATUSES),
    verified_at: isoDateTime.nullable(),
    failure_reason: schemas/* enum */.k5n(errors/* FAILURE_CODES */.sR).nullable(),
    /** The notifier that holds this failure's notification, so concurrent notifiers announce it once. */
    notify_claim: schemas/* object */.Ikc({ id: schemas/* string */.YjP().min(1).max(100), at: isoDateTime })
        .strict()
        .nullable(),
    notify_slack: schemas/* boolean */.zMY(),
    slack_retry: schemas/* number */.aig().int().min(0).max(1),
    issue_number: schemas/* number */.aig().int().positive().nullable(),
    requeue: schemas/* boolean */.zMY(),
    requeue_reason: schemas/* string */.YjP().max(500).nullable(),
    rerun_in_progress: schemas/* boolean */.zMY(),
    governance_flag: schemas/* enum */.k5n(['override', 'rollback']).nullable(),
    override: OverrideSchema.nullable(),
    verdict: VerdictFactsSchema.nullable(),
    notes: schemas/* array */.YOg(schemas/* string */.YjP().max(500)),
    history: schemas/* array */.YOg(HistoryEntrySchema).min(1),
})
    .strict();
const ManifestSchema = schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(MANIFEST_SCHEMA_VERSION),
    entries: schemas/* array */.YOg(ManifestEntrySchema).describe(MANIFEST_HOME_RULE),
})
    .strict();
function emptyManifest() {
    return { schema_version: MANIFEST_SCHEMA_VERSION, entries: [] };
}
const schema_entryKey = (entry) => `${entry.tag}#${entry.run_id}`;

;// CONCATENATED MODULE: ./src/core/manifest/parse.ts



/**
 * GitHub serves files up to 100 MB through the contents API (raw media type); anything larger is refused
 * before it is parsed.
 */
const MAX_MANIFEST_BYTES = 100 * 1024 * 1024;
const ManifestShellSchema = schemas/* object */.Ikc({ schema_version: schemas/* literal */.euz(MANIFEST_SCHEMA_VERSION), entries: schemas/* array */.YOg(schemas/* unknown */.L5J()) })
    .strict();
/** Text → a schema-valid manifest with unique (tag, run_id) entries, or `input_invalid` saying why. */
function parseManifest(text, origin) {
    const { manifest, invalid } = readManifest(text, origin);
    const [first] = invalid;
    if (first) {
        const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more invalid entries)` : '';
        throw new errors/* GuardError */.U$('input_invalid', `${origin} does not match the manifest schema: ${describeInvalidEntry(first)}${more}`);
    }
    return manifest;
}
/**
 * Like `parseManifest`, but an entry that does not match the schema is set aside and named instead
 * of sinking the file; a file that is not a manifest at all (not JSON, another version) is still refused.
 */
function readManifest(text, origin) {
    if (Buffer.byteLength(text) > MAX_MANIFEST_BYTES) {
        throw new errors/* GuardError */.U$('input_invalid', `${origin} is larger than ${MAX_MANIFEST_BYTES} bytes: not a release manifest`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* GuardError */.U$('input_invalid', `${origin} is not JSON`);
    }
    const version = json?.schema_version;
    if (version !== MANIFEST_SCHEMA_VERSION) {
        throw new errors/* GuardError */.U$('input_invalid', `${origin} has schema_version ${JSON.stringify(version)}; this version of provenance-guard reads ${MANIFEST_SCHEMA_VERSION}`);
    }
    const shell = ManifestShellSchema.safeParse(json);
    if (!shell.success)
        throw new errors/* GuardError */.U$('input_invalid', `${origin} does not match the manifest schema: ${(0,errors/* describeIssue */.n6)(shell.error.issues[0], json)}`);
    const entries = [];
    const invalid = [];
    shell.data.entries.forEach((raw, index) => {
        const entry = ManifestEntrySchema.safeParse(raw);
        if (entry.success)
            entries.push(entry.data);
        else
            invalid.push({
                index,
                ...identify(raw),
                problem: (0,errors/* describeIssue */.n6)(entry.error.issues[0], raw),
                problems: entry.error.issues.length,
            });
    });
    const seen = new Set();
    for (const entry of entries) {
        const key = schema_entryKey(entry);
        if (seen.has(key))
            throw new errors/* GuardError */.U$('input_invalid', `${origin} has two entries for tag ${entry.tag}, run ${entry.run_id}`);
        seen.add(key);
    }
    return { manifest: { schema_version: MANIFEST_SCHEMA_VERSION, entries }, invalid };
}
function describeInvalidEntry(entry) {
    const who = entry.tag !== null || entry.run_id !== null
        ? `entry ${entry.tag ?? '(no tag)'} (run ${entry.run_id ?? '?'})`
        : `entry ${entry.index + 1}`;
    const more = entry.problems > 1 ? ` and ${entry.problems - 1} more problem${entry.problems > 2 ? 's' : ''}` : '';
    return `${who}: ${entry.problem}${more}`;
}
function identify(raw) {
    const { tag, run_id: runId } = (typeof raw === 'object' && raw !== null ? raw : {});
    return {
        tag: typeof tag === 'string' && tag !== '' ? tag : null,
        run_id: Number.isSafeInteger(runId) ? runId : null,
    };
}
function serializeManifest(manifest) {
    return `${JSON.stringify(manifest, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/core/manifest/transitions.ts
/**
 * Where a failure can be announced: a failed entry, and a verified one whose release failed after the
 * verification (publishing, the release's own validation, the verification summary).
 */
const ANNOUNCEABLE = ['failure', 'requeued', 'rerun_in_progress', 'blocked', 'success'];
const ANY_ENTRY = [
    'pending',
    'success',
    'failure',
    'requeued',
    'rerun_in_progress',
    'blocked',
    'rollback',
];
/**
 * The status machine: from which statuses an event may be applied and where it leads (`same`: the status does
 * not change). Everything not listed is refused. `rerun_not_started` and `notify_released` are compensations:
 * they undo a claim whose effect failed, so the operation can be retried.
 */
const transitions_TRANSITIONS = {
    validated: { from: ['absent', 'pending'], to: 'success' },
    failed: { from: ['absent', 'pending'], to: 'failure' },
    notify_claimed: { from: ANNOUNCEABLE, to: 'same' },
    notify_released: { from: ANNOUNCEABLE, to: 'same' },
    post_attempted: { from: ANNOUNCEABLE, to: 'same' },
    post_refused: { from: ANNOUNCEABLE, to: 'same' },
    notified: { from: ANNOUNCEABLE, to: 'same' },
    issue_opened: { from: ANNOUNCEABLE, to: 'same' },
    escalated: { from: ANNOUNCEABLE, to: 'same' },
    requeued: { from: ['failure'], to: 'requeued' },
    // From rerun_in_progress only when a later attempt of the claiming step takes its claim over (apply.ts).
    rerun_started: { from: ['failure', 'requeued', 'rerun_in_progress'], to: 'rerun_in_progress' },
    rerun_not_started: { from: ['rerun_in_progress'], to: 'requeued' },
    rerun_succeeded: { from: ['rerun_in_progress'], to: 'success' },
    rerun_failed: { from: ['rerun_in_progress'], to: 'failure' },
    blocked: { from: ['failure', 'requeued', 'rerun_in_progress'], to: 'blocked' },
    rolled_back: { from: ['success'], to: 'rollback' },
    override_granted: { from: ANY_ENTRY, to: 'same' },
    override_revoked: { from: ANY_ENTRY, to: 'same' },
    verdict_signed: { from: ['success'], to: 'same' },
};
/**
 * Where `event` takes an entry in status `from` (null: a new entry), or null when the event cannot apply
 * there.
 */
function statusAfter(event, from) {
    const transition = transitions_TRANSITIONS[event];
    if (!transition.from.includes(from ?? 'absent'))
        return null;
    if (transition.to !== 'same')
        return transition.to;
    return from;
}
/** The events that may open a new entry. */
const CREATING_EVENTS = Object.keys(transitions_TRANSITIONS).filter((e) => transitions_TRANSITIONS[e].from.includes('absent'));

;// CONCATENATED MODULE: ./src/core/manifest/override-window.ts
const MAX_OVERRIDE_DAYS = 7;
/** How long an override may last, in milliseconds. */
const MAX_OVERRIDE_MS = MAX_OVERRIDE_DAYS * 86_400_000;
/** Overrides are time-bound: they must expire after they start and within MAX_OVERRIDE_DAYS. */
function override_window_overrideWindowProblem(start, expiresAt) {
    const span = expiresAt.getTime() - start.getTime();
    if (Number.isNaN(span))
        return 'expires_at is not a date';
    if (span <= 0)
        return `expires_at ${expiresAt.toISOString()} is not after ${start.toISOString()}`;
    if (span > MAX_OVERRIDE_MS)
        return `expires more than ${MAX_OVERRIDE_DAYS} days after ${start.toISOString()}: overrides are time-bound`;
    return null;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/manifest/verdict-facts.ts

/** The manifest's record of a verified provenance; only a `VerifiedProvenance` can become one. */
function verdict_facts_toVerdictFacts(provenance) {
    return {
        predicate_type: provenance.predicateType,
        builder_id: provenance.builderId,
        source_repository: provenance.sourceRepository,
        source_ref: provenance.sourceRef,
        source_commit: provenance.sourceCommit,
        subjects: provenance.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        verifier: provenance.verifier,
        ...(provenance.policySha256 ? { policy_sha256: provenance.policySha256 } : {}),
        ...(provenance.releaseAssets
            ? {
                release_assets: provenance.releaseAssets.map((a) => ({
                    name: a.name,
                    size: a.size,
                    sha256: a.sha256,
                })),
            }
            : {}),
    };
}
/**
 * SHA-256 of the facts as canonical JSON (keys sorted), so reordering keys in the file does not change it.
 */
function verdict_facts_verdictDigest(facts) {
    return (0,external_node_crypto_.createHash)('sha256').update(verdict_facts_canonicalJson(facts)).digest('hex');
}
function byCodeUnits(a, b) {
    if (a < b)
        return -1;
    return a > b ? 1 : 0;
}
/** JSON with object keys sorted by code unit: the same value always gives the same text. */
function verdict_facts_canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(verdict_facts_canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => byCodeUnits(a, b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${verdict_facts_canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/core/manifest/effects.ts


/** What each event changes in an entry besides its status and history. */
function effects_applyEffects(entry, event) {
    const done = (changes) => ({
        ok: true,
        entry: { ...entry, ...changes },
    });
    switch (event.event) {
        case 'validated':
        case 'rerun_succeeded':
            return done({
                verdict: toVerdictFacts(event.provenance),
                verified_at: event.at,
                failure_reason: null,
                requeue: false,
                requeue_reason: null,
                rerun_in_progress: false,
                ...('artifact_url' in event && event.artifact_url ? { artifact_url: event.artifact_url } : {}),
            });
        case 'failed':
            return done({
                failure_reason: event.failure_reason,
                requeue: true,
                requeue_reason: event.reason ?? event.failure_reason,
                ...(event.artifact_url ? { artifact_url: event.artifact_url } : {}),
            });
        case 'rerun_failed':
            return done({
                failure_reason: event.failure_reason,
                rerun_in_progress: false,
                requeue: true,
                requeue_reason: event.reason ?? event.failure_reason,
            });
        case 'notify_claimed':
            return done({ notify_claim: { id: event.claim_id, at: event.at } });
        case 'notify_released':
            return done({ notify_claim: null });
        case 'post_attempted':
        case 'post_refused':
            return done({});
        case 'notified':
            return done({
                notify_slack: event.slack_delivered,
                slack_retry: event.slack_delivered ? entry.slack_retry : 1,
            });
        case 'issue_opened':
            return done({ issue_number: event.issue_number });
        case 'escalated':
            return done({ notes: [...entry.notes, event.note.slice(0, 500)] });
        case 'requeued':
            return done({ requeue: true });
        case 'rerun_started':
            return done({ rerun_in_progress: true });
        case 'rerun_not_started':
            return done({ rerun_in_progress: false, requeue: true });
        case 'blocked':
            return done({ rerun_in_progress: false, requeue: false });
        case 'rolled_back':
            return done({ governance_flag: 'rollback' });
        case 'override_granted':
            return grantOverride(entry, event);
        case 'verdict_signed':
            return entry.verdict !== null && verdictDigest(entry.verdict) === event.verdict_sha256
                ? done({})
                : {
                    ok: false,
                    reason: `the signed verdict is not the verdict of tag ${event.tag} run ${event.run_id}`,
                };
        case 'override_revoked':
            if (!entry.override || entry.override.revoked_at !== null)
                return { ok: false, reason: `no live override to revoke for tag ${event.tag} run ${event.run_id}` };
            return done({ override: { ...entry.override, revoked_at: event.at } });
    }
}
function grantOverride(entry, event) {
    const problem = overrideWindowProblem(new Date(event.at), new Date(event.override.expires_at));
    if (problem)
        return { ok: false, reason: `override for tag ${event.tag} run ${event.run_id}: ${problem}` };
    return {
        ok: true,
        entry: {
            ...entry,
            governance_flag: entry.governance_flag === 'rollback' ? 'rollback' : 'override',
            override: {
                reason: event.override.reason,
                approver: event.override.approver,
                granted_at: event.at,
                expires_at: event.override.expires_at,
                revoked_at: null,
                ...(event.override.granted_by_run === undefined
                    ? {}
                    : { granted_by_run: event.override.granted_by_run }),
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/core/manifest/claims.ts

/** Longest name part kept as it is; a longer one is shortened and made unique by its digest. */
const MAX_PART = 40;
function part(name) {
    const encoded = encodeURIComponent(name).replace(/~/g, '%7E');
    if (encoded.length <= MAX_PART)
        return encoded;
    return `${encoded.slice(0, 24)}-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}
function stepClaimId(step, nonce = randomBytes(4).toString('hex')) {
    return `${step.runId}/${part(step.job)}/${part(step.step)}#${step.attempt}~${nonce}`;
}
const CLAIM_ID = /^(\d+\/[^/#~]+\/[^/#~]+)#(\d+)~[0-9a-f]+$/;
function parsed(claimId) {
    const match = CLAIM_ID.exec(claimId);
    return match ? { step: match[1], attempt: Number(match[2]) } : null;
}
/** Whether `claimant` is a later attempt of the step holding `held`: that attempt is over, its claim free. */
function claims_takesOver(held, claimant) {
    if (held === null)
        return false;
    const [before, after] = [parsed(held), parsed(claimant)];
    return before !== null && after !== null && before.step === after.step && after.attempt > before.attempt;
}

;// CONCATENATED MODULE: ./src/core/manifest/apply.ts





/** A claim older than this belongs to a notifier that died: another may take over. */
const NOTIFY_CLAIM_TTL_MS = (/* unused pure expression or super */ null && (10 * 60_000));
/** How far two runners' clocks may disagree: a claim dated later than that is not taken as live. */
const CLOCK_TOLERANCE_MS = 60_000;
/** Pure: manifest + event → new manifest, a no-op that says why, or a refusal. */
function applyEvent(manifest, event) {
    const key = entryKey(event);
    const index = manifest.entries.findIndex((entry) => entryKey(entry) === key);
    const current = index >= 0 ? manifest.entries[index] : null;
    const noop = (message) => ({ ok: true, manifest, changed: false, message });
    // Claims are told apart by their id, not by who and when: the claim guards below handle them.
    if (!('claim_id' in event) &&
        current?.history.some((h) => h.event === event.event &&
            h.at === event.at &&
            h.actor === event.actor &&
            h.run_attempt === event.run_attempt)) {
        return noop(`${event.event} at ${event.at} is already recorded`);
    }
    const guard = idempotencyGuard(current, event);
    if (guard)
        return noop(guard);
    const transition = TRANSITIONS[event.event];
    const from = current?.status ?? 'absent';
    if (!transition.from.includes(from)) {
        return {
            ok: false,
            reason: `${event.event} is not allowed for tag ${event.tag} run ${event.run_id} in status ${from}`,
        };
    }
    const base = current ?? newEntry(event);
    const to = transition.to === 'same' ? base.status : transition.to;
    const effects = applyEffects(base, event);
    if (!effects.ok)
        return effects;
    const entry = {
        ...effects.entry,
        status: to,
        run_attempt: Math.max(base.run_attempt, event.run_attempt),
        history: [
            ...base.history,
            {
                at: event.at,
                event: event.event,
                actor: event.actor,
                run_id: event.run_id,
                run_attempt: event.run_attempt,
                from: current ? current.status : null,
                to,
                reason: event.reason ?? null,
                ...(effects.entry.verdict && (event.event === 'validated' || event.event === 'rerun_succeeded')
                    ? { verdict_sha256: verdictDigest(effects.entry.verdict) }
                    : {}),
                ...(event.event === 'verdict_signed'
                    ? { verdict_sha256: event.verdict_sha256, signature: event.signature }
                    : {}),
                ...('claim_id' in event && event.claim_id ? { claim_id: event.claim_id } : {}),
                ...(event.event === 'post_attempted' || event.event === 'post_refused'
                    ? { channel: event.channel }
                    : {}),
            },
        ],
    };
    const entries = index >= 0 ? manifest.entries.map((e, i) => (i === index ? entry : e)) : [...manifest.entries, entry];
    return {
        ok: true,
        manifest: { ...manifest, entries },
        changed: true,
        message: `${event.event}: ${from} → ${to}`,
    };
}
/** The guards that make notification and reruns idempotent across retries and reruns. */
function idempotencyGuard(current, event) {
    if (current === null)
        return null;
    if (event.event === 'issue_opened' && current.issue_number !== null) {
        return `issue #${current.issue_number} is already recorded for tag ${event.tag} run ${event.run_id}; not notifying twice`;
    }
    if (event.event === 'notify_claimed' && current.notify_claim) {
        if (current.notify_claim.id === event.claim_id)
            return `notifier ${event.claim_id} already holds the claim`;
        // Once announced, later notifiers (reruns) may claim: they comment on the issue, never open one.
        const announced = current.issue_number !== null || current.notify_slack;
        const age = Date.parse(event.at) - Date.parse(current.notify_claim.at);
        const live = age >= -CLOCK_TOLERANCE_MS && age < NOTIFY_CLAIM_TTL_MS;
        if (!announced && live && !takesOver(current.notify_claim.id, event.claim_id)) {
            return `notifier ${current.notify_claim.id} is already announcing the failure of tag ${event.tag} run ${event.run_id}`;
        }
    }
    if (event.event === 'notify_released' && current.notify_claim?.id !== event.claim_id) {
        return `notifier ${event.claim_id} holds no claim on tag ${event.tag} run ${event.run_id}`;
    }
    if (event.event === 'post_attempted') {
        // Only the notifier holding the claim now posts: one that lost it (expired, taken over) stops.
        if (current.notify_claim?.id !== event.claim_id)
            return `notifier ${event.claim_id} does not hold the notify claim of tag ${event.tag} run ${event.run_id}`;
        const first = postAttemptOf(current, event.channel);
        if (first !== null)
            return `${event.channel} was already attempted for this failure by ${first}`;
    }
    if (event.event === 'rerun_started' && current.rerun_in_progress) {
        const held = rerunClaimOf(current);
        if (event.claim_id !== undefined && held === event.claim_id)
            return `rerun claim ${event.claim_id} already holds tag ${event.tag} run ${event.run_id}`;
        if (event.claim_id === undefined || !takesOver(held, event.claim_id))
            return `a rerun of tag ${event.tag} run ${event.run_id} is already in progress`;
    }
    if (event.event === 'verdict_signed' &&
        current.history.some((h) => h.event === 'verdict_signed' && canonicalJson(h.signature) === canonicalJson(event.signature)))
        return `this signature of tag ${event.tag} run ${event.run_id} is already recorded`;
    if (event.event === 'validated' && current.status === 'success')
        return `tag ${event.tag} run ${event.run_id} is already verified`;
    if (event.event === 'failed' &&
        current.status === 'failure' &&
        current.failure_reason === event.failure_reason) {
        return `the failure of tag ${event.tag} run ${event.run_id} is already recorded`;
    }
    return null;
}
/** The claim id of the rerun in progress: the one its `rerun_started` step recorded; null when none is. */
function rerunClaimOf(entry) {
    if (!entry.rerun_in_progress)
        return null;
    return entry.history.findLast((step) => step.event === 'rerun_started')?.claim_id ?? null;
}
/**
 * Who attempted a post on `channel` for this failure that may have been delivered (its claim id), or null
 * when nobody has: an attempt followed by its `post_refused` was certainly not delivered and blocks nothing.
 */
function postAttemptOf(entry, channel) {
    const steps = entry?.history.filter((h) => h.channel === channel) ?? [];
    const refused = new Set(steps.filter((h) => h.event === 'post_refused').map((h) => h.claim_id));
    const standing = steps.find((h) => h.event === 'post_attempted' && !refused.has(h.claim_id));
    return standing ? (standing.claim_id ?? '(unknown)') : null;
}
function newEntry(event) {
    return {
        tag: event.tag,
        run_id: event.run_id,
        run_attempt: event.run_attempt,
        artifact_url: null,
        status: 'pending',
        verified_at: null,
        failure_reason: null,
        notify_claim: null,
        notify_slack: false,
        slack_retry: 0,
        issue_number: null,
        requeue: false,
        requeue_reason: null,
        rerun_in_progress: false,
        governance_flag: null,
        override: null,
        verdict: null,
        notes: [],
        history: [],
    };
}

;// CONCATENATED MODULE: ./src/core/manifest/lint-rules.ts
const LINT_RULES = [
    'schema',
    'entry_removed',
    'history_rewritten',
    'entry_not_created',
    'event_mismatch',
    'illegal_transition',
    'rerun_attempt',
    'success_unverified',
    'verdict_changed',
    'override_unrecorded',
    'override_invalid',
    'issue_number_changed',
    'success_incomplete',
    'claim_unrecorded',
    'verdict_unsigned',
    'verdict_signature_invalid',
    'verdict_signer_mismatch',
    'verdict_signature_replayed',
    'verdict_tag_mismatch',
    'verdict_shared',
];
function violation(rule, entry, message) {
    return { rule, tag: entry.tag, run_id: entry.run_id, message };
}

;// CONCATENATED MODULE: ./src/core/manifest/lint-history.ts


/**
 * The history must be a chain of real events: it starts with the event that creates an entry, each
 * step's event is the one that makes its `from → to`, each step starts where the last ended, the
 * status is where the chain ends, and a rerun's outcome comes from a later attempt than its start.
 */
function lintHistory(entry) {
    const found = [];
    const first = entry.history[0];
    if (first && (first.from !== null || !CREATING_EVENTS.includes(first.event))) {
        found.push(violation('entry_not_created', entry, `the first history step is ${first.event} (${first.from ?? '(new)'} → ${first.to}); an entry starts with ` +
            `${CREATING_EVENTS.join(' or ')} from (new): entries are created by the validate or notify action, never by hand`));
    }
    let previous = null;
    let rerunAttempt = null;
    const once = new Set();
    const report = (rule, message) => {
        if (once.has(rule))
            return;
        once.add(rule);
        found.push(violation(rule, entry, message));
    };
    entry.history.forEach((step, i) => {
        const where = `history step ${i + 1} (${step.event} at ${step.at})`;
        if (step.from !== previous)
            report('illegal_transition', `${where} starts from ${step.from ?? '(new)'} but the step before ended in ${previous ?? '(new)'}; steps are only appended by events`);
        const expected = statusAfter(step.event, step.from);
        if (expected !== step.to) {
            report('event_mismatch', `${where} claims ${step.from ?? '(new)'} → ${step.to}, but ${step.event} ${expected === null ? `cannot apply to ${step.from ?? 'a new entry'}` : `leads to ${expected}`}; ` +
                'each step must be the event that makes its transition');
        }
        if (step.event === 'rerun_started')
            rerunAttempt = step.run_attempt;
        if ((step.event === 'rerun_succeeded' || step.event === 'rerun_failed') &&
            (rerunAttempt === null || step.run_attempt <= rerunAttempt)) {
            report('rerun_attempt', `${where} is attempt ${step.run_attempt}, ${rerunAttempt === null ? 'with no rerun_started before it' : `not later than the rerun_started of attempt ${rerunAttempt}`}; ` +
                "a rerun's outcome is recorded by the rerun's own attempt");
        }
        previous = step.to;
    });
    if (previous !== entry.status)
        report('illegal_transition', `status ${entry.status} is not where the history ends (${previous ?? '(new)'}); status changes only through recorded events`);
    return found;
}

;// CONCATENATED MODULE: ./src/core/manifest/lint-facts.ts


const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * A verdict is the one its `validated`/`rerun_succeeded` step recorded (by digest), and once set it
 * never changes: a success cannot be made by writing a verdict into the file.
 */
function lintVerdict(entry, before) {
    const found = [];
    const setter = entry.history.filter((h) => h.event === 'validated' || h.event === 'rerun_succeeded').at(-1);
    if (entry.status === 'success' || entry.verdict !== null) {
        if (!setter) {
            found.push(violation('success_unverified', entry, `the entry is ${entry.status} with ${entry.verdict ? 'a verdict' : 'no verdict'} but no validated or rerun_succeeded step; only a verification records a verdict`));
        }
        else if (entry.verdict !== null && setter.verdict_sha256 !== verdict_facts_verdictDigest(entry.verdict)) {
            found.push(violation('success_unverified', entry, `the verdict is not the one the ${setter.event} step at ${setter.at} recorded (verdict_sha256 ` +
                `${setter.verdict_sha256 ?? 'missing'}, the verdict hashes to ${verdict_facts_verdictDigest(entry.verdict)}); restore the recorded verdict`));
        }
    }
    if (before &&
        before.verdict !== null &&
        (!sameJson(before.verdict, entry.verdict) || before.verified_at !== entry.verified_at)) {
        found.push(violation('verdict_changed', entry, `verdict fields changed since the base (set at ${before.verified_at}); a verdict never changes once set: restore it`));
    }
    return found;
}
/**
 * The override is the one its last `override_granted`/`override_revoked` steps describe, and changes only
 * with a new such step.
 */
function lintOverrideEvents(entry, before) {
    const problem = overrideHistoryProblem(entry);
    if (problem)
        return [
            violation('override_unrecorded', entry, `${problem}; overrides change only through the rollback action's override_grant / override_revoke`),
        ];
    if (before && !sameJson(before.override, entry.override)) {
        const appended = entry.history.slice(before.history.length);
        if (!appended.some((h) => h.event === 'override_granted' || h.event === 'override_revoked')) {
            return [
                violation('override_unrecorded', entry, 'the override changed since the base with no override_granted or override_revoked step appended; restore it, then grant or revoke through the rollback action'),
            ];
        }
    }
    return [];
}
function overrideHistoryProblem(entry) {
    const steps = entry.history.filter((h) => h.event === 'override_granted' || h.event === 'override_revoked');
    const lastGrant = steps.filter((h) => h.event === 'override_granted').at(-1);
    const override = entry.override;
    if (override === null)
        return lastGrant
            ? `an override was granted at ${lastGrant.at} but none is recorded (removed by hand)`
            : null;
    if (!lastGrant)
        return 'an override is recorded but no override_granted step';
    if (lastGrant.at !== override.granted_at)
        return `the override's granted_at ${override.granted_at} is not the last override_granted step (${lastGrant.at})`;
    const revoke = steps
        .slice(steps.indexOf(lastGrant) + 1)
        .find((h) => h.event === 'override_revoked');
    if (revoke && override.revoked_at === null)
        return `the override was revoked at ${revoke.at} but its revoked_at is empty (un-revoked by hand)`;
    if (!revoke && override.revoked_at !== null)
        return `the override's revoked_at ${override.revoked_at} has no override_revoked step`;
    if (revoke && override.revoked_at !== revoke.at)
        return `the override's revoked_at ${override.revoked_at} is not its override_revoked step (${revoke.at})`;
    return null;
}
/**
 * The notify claim is the one its last `notify_claimed` step made (none after a `notify_released`), and the
 * rerun flag is set exactly while the status is `rerun_in_progress`: a claim cannot be written into the file
 * to silence notifiers or stall recoveries.
 */
function lintClaims(entry) {
    const found = [];
    const last = entry.history.findLast((h) => h.event === 'notify_claimed' || h.event === 'notify_released');
    const claim = entry.notify_claim;
    const recorded = last?.event === 'notify_claimed' &&
        claim !== null &&
        last.at === claim.at &&
        (last.claim_id === undefined || last.claim_id === claim.id);
    if (claim === null ? last?.event === 'notify_claimed' : !recorded)
        found.push(violation('claim_unrecorded', entry, `notify_claim is ${claim === null ? 'empty' : `${claim.id} at ${claim.at}`}, but the last notify step is ${last ? `${last.event} at ${last.at}` : 'none'}; a claim changes only with a notify_claimed or notify_released step`));
    if (entry.rerun_in_progress !== (entry.status === 'rerun_in_progress'))
        found.push(violation('claim_unrecorded', entry, `rerun_in_progress is ${entry.rerun_in_progress} while the status is ${entry.status}; the flag changes only with the rerun events`));
    return found;
}

;// CONCATENATED MODULE: ./src/core/manifest/lint.ts






/**
 * Governance rules for a manifest change: nothing is lost, history only grows, every step is the
 * event that makes it, and every fact (verdict, override) is backed by the event that set it.
 */
function lintManifest(head, base, now) {
    const baseEntries = new Map((base?.entries ?? []).map((entry) => [schema_entryKey(entry), entry]));
    const headKeys = new Set(head.entries.map(schema_entryKey));
    const removed = [...baseEntries.values()]
        .filter((entry) => !headKeys.has(schema_entryKey(entry)))
        .map((entry) => violation('entry_removed', entry, 'the entry was removed; manifests are append-only: restore it (record a rollback or a new run instead of deleting)'));
    return [
        ...removed,
        ...head.entries.flatMap((entry) => lintEntry(entry, baseEntries.get(schema_entryKey(entry)) ?? null, now)),
    ];
}
function lintEntry(entry, before, now) {
    return [
        ...lintAgainstBase(entry, before),
        ...lintHistory(entry),
        ...lintVerdict(entry, before),
        ...lintOverrideEvents(entry, before),
        ...lintOverride(entry, before, now),
        ...lintSuccess(entry),
        ...lintClaims(entry),
    ];
}
function lintAgainstBase(entry, before) {
    if (before === null)
        return [];
    const found = [];
    const prefixKept = before.history.every((item, i) => JSON.stringify(item) === JSON.stringify(entry.history[i]));
    if (!prefixKept)
        found.push(violation('history_rewritten', entry, 'history entries were changed or removed; history is append-only: restore the base history and append'));
    if (before.issue_number !== null && entry.issue_number !== before.issue_number) {
        found.push(violation('issue_number_changed', entry, `issue_number changed from ${before.issue_number} to ${entry.issue_number}; once set it never changes (comment on the existing issue instead)`));
    }
    return found;
}
function lintOverride(entry, before, now) {
    const override = entry.override;
    if (override === null) {
        return entry.governance_flag === 'override'
            ? [
                violation('override_invalid', entry, 'governance_flag is override but no override is recorded: record reason, approver and expires_at'),
            ]
            : [];
    }
    const problem = override_window_overrideWindowProblem(new Date(override.granted_at), new Date(override.expires_at));
    if (problem)
        return [violation('override_invalid', entry, `override ${problem}`)];
    const isNew = JSON.stringify(before?.override ?? null) !== JSON.stringify(override);
    if (isNew && override.revoked_at === null && Date.parse(override.expires_at) <= now.getTime()) {
        return [
            violation('override_invalid', entry, `the override added here already expired at ${override.expires_at}; grant a new one with a future expires_at`),
        ];
    }
    return [];
}
function lintSuccess(entry) {
    if (entry.status !== 'success')
        return [];
    const verdict = entry.verdict;
    const missing = [
        entry.verified_at === null ? 'verified_at' : null,
        verdict === null ? 'verdict' : null,
        verdict && verdict.builder_id === '' ? 'builder_id' : null,
        verdict && verdict.subjects.length === 0 ? 'subjects' : null,
        verdict && verdict.source_commit === null ? 'source_commit' : null,
    ].filter((field) => field !== null);
    return missing.length === 0
        ? []
        : [
            violation('success_incomplete', entry, `a success entry must carry ${missing.join(', ')}; only a verified provenance can be recorded as success`),
        ];
}

// EXTERNAL MODULE: ./src/core/provenance/index.ts + 4 modules
var provenance = __webpack_require__(8901);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var policy = __webpack_require__(5088);
;// CONCATENATED MODULE: ./src/core/manifest/signed-verdict.ts




/** The predicate type of a signed verdict: the statement the validate job signs for its manifest entry. */
const VERDICT_PREDICATE_TYPE = 'https://github.com/provenance-guard/provenance-guard/manifest-verdict/v1';

/** The subject of a signed verdict names its entry; its digest is the verdict's `verdict_sha256`. */
function verdictSubjectName(claim) {
    return `provenance-guard-verdict:${claim.tag}@${claim.run_id}`;
}
/** The in-toto statement the validate job signs: this entry, this run attempt, this verdict. */
function verdictStatement(claim) {
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: verdictSubjectName(claim), digest: { sha256: verdictDigest(claim.verdict) } }],
        predicateType: VERDICT_PREDICATE_TYPE,
        predicate: verdictPredicate(claim),
    };
}
function verdictPredicate(claim) {
    return { tag: claim.tag, run_id: claim.run_id, run_attempt: claim.run_attempt, verdict: claim.verdict };
}
/**
 * What is wrong with the signature a `verdict_signed` step carries for `entry`, or null: it verified; it was
 * made by the repository's validate workflow, for the entry's tag (or the default branch), in the entry's own
 * run at the attempt that signed (the certificate's Run Invocation URI, OID .21); and it signs this entry's
 * verdict. The certificate is GitHub's word (through Fulcio) on who ran; everything in the file is not.
 */
function signatureProblem(entry, attempt, verified, expected) {
    if (!verified.ok)
        return { rule: 'verdict_signature_invalid', message: verified.problem };
    const signerProblem = identityProblem(entry, verified.signer, expected);
    if (signerProblem)
        return { rule: 'verdict_signer_mismatch', message: signerProblem };
    const run = `${expected.serverUrl}/${expected.repository}/actions/runs/${entry.run_id}/attempts/${attempt}`;
    if (verified.signer.runInvocationUri !== run)
        return {
            rule: 'verdict_signature_replayed',
            message: `signed in ${verified.signer.runInvocationUri ?? 'an unnamed run'}, not in ${run} (the entry's run at the step's attempt)`,
        };
    const claimProblem = statementProblem(entry, attempt, verified.statement);
    return claimProblem ? { rule: 'verdict_signature_replayed', message: claimProblem } : null;
}
function identityProblem(entry, signer, expected) {
    const repositoryUri = `${expected.serverUrl}/${expected.repository}`;
    const refs = [
        `refs/tags/${entry.tag}`,
        ...(expected.defaultBranch ? [`refs/heads/${expected.defaultBranch}`] : []),
    ];
    const ref = signer.sourceRepositoryRef;
    const workflow = `${repositoryUri}/${expected.workflow}@${ref}`;
    const problems = [
        [
            !(0,glob/* matchesGlob */.k)(expected.releaseTags, entry.tag),
            `the tag ${entry.tag} is not a release tag (${expected.releaseTags})`,
        ],
        [
            signer.issuer !== policy/* GITHUB_ACTIONS_ISSUER */.qQ,
            `issued to ${signer.issuer ?? 'no issuer'}, not GitHub Actions`,
        ],
        [
            signer.sourceRepositoryUri !== repositoryUri,
            `signed for ${signer.sourceRepositoryUri ?? 'no repository'}, not ${repositoryUri}`,
        ],
        [ref === null || !refs.includes(ref), `signed at ${ref ?? 'no ref'}, not at ${refs.join(' or ')}`],
        [
            signer.subjectAlternativeName !== workflow,
            `signed by ${signer.subjectAlternativeName ?? 'no workflow'}, not by ${workflow}`,
        ],
        [
            signer.buildSignerUri !== null && signer.buildSignerUri !== signer.subjectAlternativeName,
            `its Build Signer URI ${signer.buildSignerUri ?? ''} is not its SAN`,
        ],
    ];
    return problems.find(([failed]) => failed)?.[1] ?? null;
}
function statementProblem(entry, attempt, statement) {
    if (statement.predicateType !== VERDICT_PREDICATE_TYPE)
        return `the signed statement is a ${statement.predicateType}, not a verdict`;
    const claimed = verdict_facts_canonicalJson(statement.predicate);
    const wanted = verdict_facts_canonicalJson(verdictPredicate({
        tag: entry.tag,
        run_id: entry.run_id,
        run_attempt: attempt,
        verdict: entry.verdict,
    }));
    const digest = statement.subject[0]?.digest.sha256;
    if (claimed === wanted && statement.subject.length === 1 && digest === verdict_facts_verdictDigest(entry.verdict))
        return null;
    const signed = statement.predicate;
    if (signed.tag !== entry.tag || signed.run_id !== entry.run_id || signed.run_attempt !== attempt)
        return `signed for tag ${String(signed.tag)} run ${String(signed.run_id)} attempt ${String(signed.run_attempt)}`;
    return 'the signed verdict is not the verdict the entry holds';
}

;// CONCATENATED MODULE: ./src/core/manifest/lint-signatures.ts




/**
 * Validate began to sign its verdicts on this day. A verdict recorded before it may be unsigned: it is
 * reported, not rejected. From it on, and for every verdict a reviewed change adds whatever date it claims
 * (a date is text), a verdict must carry its signature.
 */
const SIGNED_VERDICTS_FROM = '2026-12-08T00:00:00Z';
/**
 * The verdicts of a manifest, vouched for: each verdict is the signed statement of its own run, its tag is
 * the one its provenance was built from, and no two entries share one verdict unless each run signed it.
 */
function lintSignatures(head, base, policy) {
    const baseVerdicts = new Set((base?.entries ?? []).filter((entry) => entry.verdict !== null).map((entry) => schema_entryKey(entry)));
    const result = { violations: [], notices: [] };
    const vouched = new Set();
    for (const entry of head.entries) {
        if (entry.verdict === null)
            continue;
        result.violations.push(...tagProblem(entry));
        const outcome = signatureOutcome(entry, policy);
        if (outcome === 'vouched')
            vouched.add(schema_entryKey(entry));
        else if (outcome === 'unsigned') {
            const legacy = !(base !== null && !baseVerdicts.has(schema_entryKey(entry))) && before(entry, policy.signedFrom);
            (legacy ? result.notices : result.violations).push(unsigned(entry, legacy));
        }
        else
            result.violations.push(outcome);
    }
    result.violations.push(...sharedVerdicts(head, vouched));
    return result;
}
/**
 * Whether anything but the file vouches for the entry's verdict: its own run's signature, or — for a verdict
 * recorded before the cut-over — nothing was asked of it yet. What `manifest show` and the dashboard count.
 */
function verdictVouched(entry, policy) {
    if (entry.verdict === null || tagProblem(entry).length > 0)
        return false;
    const outcome = signatureOutcome(entry, policy);
    return outcome === 'vouched' || (outcome === 'unsigned' && before(entry, policy.signedFrom));
}
/** The entry's signatures of its verdict: vouched when one verifies, else the last one's problem. */
function signatureOutcome(entry, policy) {
    const digest = verdict_facts_verdictDigest(entry.verdict);
    const signed = signatureSteps(entry).filter((step) => step.verdict_sha256 === digest);
    if (signed.length === 0)
        return 'unsigned';
    let last = null;
    for (const step of signed) {
        const problem = signatureProblem(entry, step.run_attempt, policy.verify(step.signature), policy.signer);
        if (problem === null)
            return 'vouched';
        last = violation(problem.rule, entry, `the verdict_signed step at ${step.at}: ${problem.message}`);
    }
    return last;
}
/** The `verdict_signed` steps after the step that recorded the verdict. */
function signatureSteps(entry) {
    const recorded = entry.history.findLastIndex((h) => h.event === 'validated' || h.event === 'rerun_succeeded');
    return entry.history.slice(recorded + 1).filter((h) => h.event === 'verdict_signed');
}
function before(entry, cutOver) {
    const step = entry.history.findLast((h) => h.event === 'validated' || h.event === 'rerun_succeeded');
    return step !== undefined && Date.parse(step.at) < cutOver.getTime();
}
function unsigned(entry, legacy) {
    return violation('verdict_unsigned', entry, legacy
        ? 'the verdict was recorded before validate signed its verdicts: nothing but the file vouches for it'
        : 'no signature of the validate job vouches for this verdict: rerun the release run (its validate job signs), or remove the entry in review');
}
function tagProblem(entry) {
    const wanted = `refs/tags/${entry.tag}`;
    if (entry.verdict.source_ref === wanted)
        return [];
    return [
        violation('verdict_tag_mismatch', entry, `the verdict was built from ${entry.verdict.source_ref ?? 'no ref'}, not from ${wanted}: a verdict belongs to its own tag`),
    ];
}
/** One verdict, one run: entries sharing a verdict are copies unless each one's own run signed it. */
function sharedVerdicts(head, vouched) {
    const byVerdict = new Map();
    for (const entry of head.entries.filter((e) => e.verdict !== null)) {
        const digest = verdict_facts_verdictDigest(entry.verdict);
        byVerdict.set(digest, [...(byVerdict.get(digest) ?? []), entry]);
    }
    return [...byVerdict.values()]
        .filter((entries) => entries.length > 1)
        .flatMap((entries) => entries
        .filter((entry) => !vouched.has(schema_entryKey(entry)))
        .map((entry) => violation('verdict_shared', entry, `the verdict is also the verdict of ${entries
        .filter((other) => other !== entry)
        .map((other) => `${other.tag} run ${other.run_id}`)
        .join(', ')}: a verdict belongs to one run, and this one's run did not sign it`)));
}

;// CONCATENATED MODULE: ./src/core/manifest/index.ts














/***/ }),

/***/ 5088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $l: () => (/* reexport */ BUILDER_FAMILIES),
  Mn: () => (/* reexport */ BUILDER_FAMILY_IDS),
  qQ: () => (/* reexport */ GITHUB_ACTIONS_ISSUER),
  m7: () => (/* reexport */ GITHUB_SERVER_URL),
  s5: () => (/* reexport */ builderStanding),
  J6: () => (/* reexport */ checkBuildLevel),
  ub: () => (/* reexport */ checkBuilder),
  OH: () => (/* reexport */ checkCertificateAgainstPredicate),
  Si: () => (/* reexport */ checkCertificateIdentity),
  zX: () => (/* reexport */ checkPredicateType),
  ud: () => (/* reexport */ checkRefPattern),
  Cz: () => (/* reexport */ checkRepositoryId),
  m$: () => (/* reexport */ checkRunnerEnvironment),
  $K: () => (/* reexport */ checkSourceCommit),
  RP: () => (/* reexport */ checkSourceRef),
  a5: () => (/* reexport */ checkSourceRepository),
  GX: () => (/* reexport */ checkSubjects),
  L$: () => (/* reexport */ chooseDigestAlgorithm),
  UD: () => (/* reexport */ compare),
  AU: () => (/* reexport */ decideVerdict),
  gz: () => (/* reexport */ failed),
  Vz: () => (/* reexport */ isSemverPrerelease),
  VI: () => (/* reexport */ isSourceRepositoryWorkflow),
  kN: () => (/* reexport */ isTagRef),
  l2: () => (/* reexport */ matchesPin),
  BK: () => (/* reexport */ parseWorkflowUri),
  bF: () => (/* reexport */ passed),
  fc: () => (/* reexport */ rejectedBeforeVerification),
  oL: () => (/* reexport */ signingWorkflowOf),
  pA: () => (/* reexport */ toSourcePins)
});

// UNUSED EXPORTS: CHECK_NAMES, attestBuilder, describePin, isExpectedBuilder, isGitHubIssuer, matchesTagPattern, skipped, slsaBuildLevel, workflowWithoutRef

;// CONCATENATED MODULE: ./src/core/policy/check.ts
const CHECK_NAMES = (/* unused pure expression or super */ null && ([
    'slsa_verifier',
    'bundle',
    'signature',
    'certificate_identity',
    'certificate_predicate',
    'runner_environment',
    'predicate_type',
    'builder_id',
    'build_level',
    'source_repository',
    'repository_id',
    'source_ref',
    'ref_pattern',
    'source_commit',
    'subjects',
    'release_state',
    'release_assets',
    'verifier',
    'policy',
    'verification_result',
    'time_verified',
]));
function passed(name, code, expected, actual) {
    return { name, status: 'passed', expected, actual, code };
}
function failed(name, code, expected, actual) {
    return { name, status: 'failed', expected, actual, code };
}
function skipped(name, code, why) {
    return { name, status: 'skipped', expected: why, actual: '-', code };
}
function compare({ name, code, expected, actual, ok }) {
    return (ok ? passed : failed)(name, code, expected, actual ?? '(absent)');
}

;// CONCATENATED MODULE: ./src/core/policy/policy.ts
const GITHUB_SERVER_URL = 'https://github.com';

// EXTERNAL MODULE: ./src/core/provenance/index.ts + 4 modules
var provenance = __webpack_require__(8901);
;// CONCATENATED MODULE: ./src/core/policy/signer.ts

const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** GitHub's issuer, or an Enterprise-specific one below it (`…/<enterprise>`). */
function isGitHubIssuer(issuer) {
    return issuer === GITHUB_ACTIONS_ISSUER || (issuer?.startsWith(`${GITHUB_ACTIONS_ISSUER}/`) ?? false);
}
/**
 * The Build Signer URI, or the SAN where an older certificate has no OID .9 (both name the signing workflow).
 */
function signingWorkflowOf(signer) {
    return signer.buildSignerUri ?? signer.subjectAlternativeName;
}
/**
 * The workflow is one of the repository the certificate says the build came from (OID .12), not a reusable
 * one from elsewhere.
 */
function isSourceRepositoryWorkflow(workflow, signer) {
    const source = signer.sourceRepositoryUri === null ? null : (0,provenance/* parseGitUri */.Y8)(signer.sourceRepositoryUri);
    return source !== null && (0,provenance/* sameLocation */.It)(source, workflow);
}

;// CONCATENATED MODULE: ./src/core/policy/workflow-uri.ts
const WORKFLOW_URI = /^https:\/\/([^/@\s]+)\/([^/@\s]+\/[^/@\s]+)\/(\.github\/workflows\/[^@\s]+)@(\S+)$/;
function parseWorkflowUri(uri) {
    const match = uri === null ? null : WORKFLOW_URI.exec(uri);
    if (!match?.[1] || !match[2] || !match[3] || !match[4])
        return null;
    return { host: match[1].toLowerCase(), repository: match[2], path: match[3], ref: match[4] };
}
/** The workflow without its ref: `https://host/o/r/.github/workflows/f.yml`. */
function workflowWithoutRef(workflow) {
    return `https://${workflow.host}/${workflow.repository}/${workflow.path}`;
}
/**
 * A tag ref with no `@` in it. Git allows `@` in workflow file names, so
 * `…/release.yml@refs/tags/x.yml@refs/heads/main` reads both as a tag and as a branch: such a ref never
 * counts as a tag.
 */
function isTagRef(ref) {
    return /^refs\/tags\/[^@\s]+$/.test(ref);
}

;// CONCATENATED MODULE: ./src/core/policy/identity.ts




/**
 * The certificate's issuer, exactly; its SAN exactly when the policy names one; a GitHub SAN must be a
 * workflow, and the Build Signer URI (OID .9), when present, the same one: Fulcio writes both as
 * `${server_url}/${job_workflow_ref}`, so a certificate where they differ was not issued for one GitHub job.
 */
function checkCertificateIdentity(signer, policy) {
    const expected = `issuer ${policy.expectedIssuer}${policy.expectedSan === null ? '' : `, SAN ${policy.expectedSan}`}`;
    if (signer === null)
        return failed('certificate_identity', 'identity_mismatch', `${expected} (a Fulcio certificate)`, 'signed by a bare public key');
    const github = isGitHubIssuer(signer.issuer);
    const signerDisagrees = github && signer.buildSignerUri !== null && signer.buildSignerUri !== signer.subjectAlternativeName;
    const actual = `issuer ${signer.issuer ?? '(none)'}, SAN ${signer.subjectAlternativeName ?? '(none)'}` +
        (signerDisagrees ? `, Build Signer URI ${signer.buildSignerUri} (not the SAN)` : '');
    const ok = signer.issuer === policy.expectedIssuer &&
        (policy.expectedSan === null || signer.subjectAlternativeName === policy.expectedSan) &&
        (!github || parseWorkflowUri(signer.subjectAlternativeName) !== null) &&
        !signerDisagrees;
    return compare({ name: 'certificate_identity', code: 'identity_mismatch', expected, actual, ok });
}
/** Certificate ↔ predicate: the Fulcio extensions must tell the same story as the signed predicate. */
function checkCertificateAgainstPredicate(signer, facts) {
    const predicateSource = facts.sourceRepository === null
        ? null
        : (0,provenance/* toRepositoryUrl */.HV)({ host: facts.sourceHost ?? 'github.com', repository: facts.sourceRepository });
    const pairs = [
        ['source repository', predicateSource, signer.sourceRepositoryUri, sameRepositoryUrl],
        ['source ref', facts.sourceRef, signer.sourceRepositoryRef, (a, b) => a === b],
        [
            'source commit',
            facts.sourceCommits[0] ?? null,
            signer.sourceRepositoryDigest,
            (a, b) => a.toLowerCase() === b.toLowerCase(),
        ],
        ['repository id', facts.repositoryId, signer.sourceRepositoryIdentifier, (a, b) => a === b],
        ['owner id', facts.repositoryOwnerId, signer.sourceRepositoryOwnerIdentifier, (a, b) => a === b],
    ];
    const github = isGitHubIssuer(signer.issuer);
    if (github && signer.sourceRepositoryUri === null) {
        return failed('certificate_predicate', 'identity_mismatch', 'a GitHub Actions certificate with its source extensions (OID .12–.14)', 'the certificate carries no source repository');
    }
    const comparable = pairs.filter(([, predicate, certificate]) => predicate !== null && certificate !== null);
    if (comparable.length === 0) {
        if (!github)
            return skipped('certificate_predicate', 'identity_mismatch', 'the certificate is not GitHub-issued: no source extensions to compare');
        return failed('certificate_predicate', 'identity_mismatch', 'a predicate naming its source repository', 'nothing to compare with the certificate');
    }
    const mismatch = comparable.find(([, predicate, certificate, same]) => !same(predicate, certificate));
    if (mismatch) {
        const [label, predicate, certificate] = mismatch;
        return failed('certificate_predicate', 'identity_mismatch', `${label} ${predicate} (predicate)`, `${label} ${certificate} (certificate)`);
    }
    const describe = (side) => comparable.map((pair) => `${pair[0]}=${pair[side]}`).join('; ');
    return passed('certificate_predicate', 'identity_mismatch', describe(1), describe(2));
}
function sameRepositoryUrl(a, b) {
    const left = (0,provenance/* parseGitUri */.Y8)(a);
    const right = (0,provenance/* parseGitUri */.Y8)(b);
    return left !== null && right !== null && (0,provenance/* sameLocation */.It)(left, right);
}
/**
 * Pins the repository by its numeric ID from the certificate, so a renamed or re-created repository cannot
 * pass.
 */
function checkRepositoryId(signer, policy) {
    if (policy.expectedRepositoryId === null)
        return skipped('repository_id', 'source_mismatch', 'no expected repository ID given');
    const actual = signer.sourceRepositoryIdentifier;
    return compare({
        name: 'repository_id',
        code: 'source_mismatch',
        expected: policy.expectedRepositoryId,
        actual,
        ok: actual === policy.expectedRepositoryId,
    });
}
/** Self-hosted runners are outside GitHub's isolation guarantees: refused unless the policy allows them. */
function checkRunnerEnvironment(signer, policy) {
    const actual = signer.runnerEnvironment ?? '(absent from the certificate)';
    if (!policy.denySelfHostedRunners)
        return skipped('runner_environment', 'identity_mismatch', `self-hosted runners allowed (certificate: ${actual})`);
    return compare({
        name: 'runner_environment',
        code: 'identity_mismatch',
        expected: 'github-hosted (certificate OID .11)',
        actual,
        ok: signer.runnerEnvironment === 'github-hosted',
    });
}

;// CONCATENATED MODULE: ./src/core/policy/builders.ts



const BUILDER_FAMILY_IDS = [
    'slsa-github-generator',
    'slsa-byob',
    'github-hosted-runner',
    'npm-cli-v0.2',
    'signing-workflow',
];
const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/';
const GENERATOR_BUILDERS = [
    'generator_generic_slsa3.yml',
    'builder_go_slsa3.yml',
    'builder_container-based_slsa3.yml',
    'generator_container_slsa3.yml',
];
const DELEGATORS = ['delegator_generic_slsa3.yml', 'delegator_lowperms-generic_slsa3.yml'];
const HOSTED_RUNNER = 'https://github.com/actions/runner/';
const NPM_V02_RUNNER = 'https://github.com/actions/runner';
const NPM_V02_BUILDER = /^https:\/\/github\.com\/(?:npm\/cli@\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?|actions\/runner)$/;
const BUILDER_FAMILIES = {
    'slsa-github-generator': {
        id: 'slsa-github-generator',
        title: 'slsa-github-generator builders (generic, Go, container-based, container)',
        vouchedBy: "the Build Signer URI (OID .9): the generator's reusable workflow, pinned to a release tag, is the builder",
        buildLevel: "L3: the provenance is signed by the generator's reusable workflow in its own job, which the calling workflow's steps cannot reach (L1 on a self-hosted runner)",
    },
    'slsa-byob': {
        id: 'slsa-byob',
        title: 'slsa-github-generator BYOB builders (Maven, Gradle, Node.js, delegator callers)',
        vouchedBy: "the Build Signer URI (OID .9) is the generator's delegator workflow at a release tag, which writes the builder ID of the tool workflow that called it; a third-party tool workflow must be pinned",
        buildLevel: "L3: the delegator signs in a job of its own, isolated from the tool workflow's build steps (L1 on a self-hosted runner)",
    },
    'github-hosted-runner': {
        id: 'github-hosted-runner',
        title: 'npm CLI provenance and early GitHub attestations (`https://github.com/actions/runner/github-hosted`)',
        vouchedBy: 'the Runner Environment (OID .11) must say the same hosting',
        buildLevel: 'L2: a GitHub-hosted runner signs with a Sigstore certificate, but in the same job as the build, whose steps could forge it (L1 self-hosted)',
    },
    'npm-cli-v0.2': {
        id: 'npm-cli-v0.2',
        title: 'npm CLI SLSA v0.2 provenance (`https://github.com/npm/cli@X.Y.Z`, `https://github.com/actions/runner`)',
        vouchedBy: "`…/actions/runner` becomes `…/actions/runner/<OID .11>`; for `npm/cli@X.Y.Z` nothing beyond a GitHub Actions certificate of the source repository's own workflow (v0.2, so only under an override)",
        buildLevel: 'L1: the npm CLI wrote the builder ID itself, inside the build job, in a v0.2 predicate',
    },
    'signing-workflow': {
        id: 'signing-workflow',
        title: 'GitHub artifact attestations, publish-to-bcr and every other workflow',
        vouchedBy: 'the Build Signer URI (OID .9) must be the builder ID exactly (`${server}/${job_workflow_ref}`)',
        buildLevel: "L3 when a reusable workflow outside the source repository signed (the caller cannot change it), L2 when the repository's own workflow signed, L1 on a self-hosted runner",
    },
};
/**
 * The SLSA Build level a verified builder meets (SLSA v1.0 "Build track"): hosted (L2) needs GitHub's
 * runners, hardened (L3) needs the signing key out of reach of the build's own steps — a reusable workflow
 * the source repository does not control. A self-hosted runner is outside GitHub's isolation, so it is L1
 * whatever signed.
 */
function slsaBuildLevel(builder, runnerEnvironment) {
    if (runnerEnvironment !== 'github-hosted')
        return 1;
    switch (builder.family.id) {
        case 'slsa-github-generator':
        case 'slsa-byob':
            return 3;
        case 'github-hosted-runner':
            return 2;
        case 'npm-cli-v0.2':
            return 1;
        case 'signing-workflow':
            return builder.foreignSigner !== null ? 3 : 2;
    }
}
/** Which family the signer and the predicate belong to, and the builder ID the certificate vouches for. */
function attestBuilder(facts, signer) {
    const claimed = facts.builderId;
    const signing = signingWorkflowOf(signer);
    const workflow = parseWorkflowUri(signing);
    const family = familyOf(claimed, facts, workflow);
    const reject = (problem) => ({
        ok: false,
        family: BUILDER_FAMILIES[family],
        problem,
    });
    const accept = (builderId, pinRequired = false, foreignSigner = null) => ({
        ok: true,
        builder: {
            family: BUILDER_FAMILIES[family],
            builderId,
            pinRequired,
            foreignSigner,
            signerIsBuilder: builderId === signing,
        },
    });
    if (claimed === null)
        return reject('the predicate names no builder');
    if (signing === null || workflow === null)
        return reject(`the certificate names no signing workflow (SAN ${signer.subjectAlternativeName ?? 'absent'})`);
    switch (family) {
        case 'slsa-github-generator':
            if (!isTagRef(workflow.ref))
                return reject(`the generator must be called at a release tag, not ${workflow.ref}`);
            return claimed === signing
                ? accept(signing)
                : reject(`the predicate claims ${claimed}, the certificate was issued to ${signing}`);
        case 'slsa-byob':
            return attestDelegated(claimed, workflow, reject, accept);
        case 'github-hosted-runner': {
            if (signer.runnerEnvironment === null)
                return reject('the certificate does not attest the runner environment (OID .11)');
            const attested = `${HOSTED_RUNNER}${signer.runnerEnvironment}`;
            if (claimed !== attested)
                return reject(`the predicate claims ${claimed}, the certificate attests runner environment ${signer.runnerEnvironment}`);
            return accept(attested, false, foreignSignerOf(workflow, signer, signing));
        }
        case 'npm-cli-v0.2': {
            // npm's v0.2 `…/actions/runner` names the runner without its hosting: the certificate supplies it.
            if (claimed !== NPM_V02_RUNNER)
                return accept(claimed, false, foreignSignerOf(workflow, signer, signing));
            if (signer.runnerEnvironment === null)
                return reject('the certificate does not attest the runner environment (OID .11)');
            return accept(`${HOSTED_RUNNER}${signer.runnerEnvironment}`, false, foreignSignerOf(workflow, signer, signing));
        }
        case 'signing-workflow':
            if (claimed !== signing)
                return reject(`the predicate claims ${claimed}, the certificate was issued to ${signing}`);
            return accept(signing, false, foreignSignerOf(workflow, signer, signing));
    }
}
function familyOf(claimed, facts, signer) {
    const signerFile = signer && isUnder(GENERATOR, signer) ? signer.path.slice('.github/workflows/'.length) : null;
    if (signerFile !== null && GENERATOR_BUILDERS.includes(signerFile))
        return 'slsa-github-generator';
    if (signerFile !== null && DELEGATORS.includes(signerFile))
        return 'slsa-byob';
    if (claimed?.startsWith(HOSTED_RUNNER))
        return 'github-hosted-runner';
    if (facts.predicateType === provenance/* SLSA_V02 */.VK && claimed !== null && NPM_V02_BUILDER.test(claimed))
        return 'npm-cli-v0.2';
    return 'signing-workflow';
}
/**
 * The delegator vouches for the tool workflow that called it, whichever it is: the policy must pin a
 * third-party tool workflow. The generator's own (Maven, Gradle, Node.js) are trusted as its builders.
 */
function attestDelegated(claimed, delegator, reject, accept) {
    if (!isTagRef(delegator.ref))
        return reject(`the delegator must be called at a release tag, not ${delegator.ref}`);
    const tool = parseWorkflowUri(claimed);
    if (tool === null)
        return reject(`the delegated builder ID ${claimed} is not a workflow URI`);
    if (!isPlainPath(tool))
        return reject(`the delegated builder ID ${claimed} is not a plain workflow path (a ".", ".." or empty segment, or percent-encoding)`);
    if (!isTagRef(tool.ref))
        return reject(`the delegated builder ${claimed} is not pinned to a release tag`);
    return accept(claimed, !isUnder(GENERATOR, tool));
}
/**
 * Every segment of the repository and path is a plain name: no `.` or `..` (a reader resolving them would
 * land elsewhere), no empty segment, no percent-encoding (`%2e%2e` is `..` once decoded).
 */
function isPlainPath(workflow) {
    return `${workflow.repository}/${workflow.path}`
        .split('/')
        .every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('%'));
}
/** The workflow lies below `prefix`, its path read strictly: one that is no plain path lies below nothing. */
function isUnder(prefix, workflow) {
    return isPlainPath(workflow) && workflowWithoutRef(workflow).startsWith(prefix);
}
/** A reusable workflow of another repository wrote the predicate: the policy must trust it by its SAN. */
function foreignSignerOf(workflow, signer, signing) {
    return isSourceRepositoryWorkflow(workflow, signer) ? null : signing;
}

;// CONCATENATED MODULE: ./src/core/policy/build-level.ts


/** Null when the certificate does not vouch for the builder (the builder check rejects that). */
function builderStanding(facts, signer) {
    const attestation = attestBuilder(facts, signer);
    if (!attestation.ok)
        return null;
    return {
        family: attestation.builder.family.id,
        level: slsaBuildLevel(attestation.builder, signer.runnerEnvironment),
    };
}
/** The builder's family is one the policy names, and it meets the policy's SLSA Build level. */
function checkBuildLevel(facts, signer, policy) {
    const families = policy.expectedBuilderFamilies ?? [];
    const level = policy.requiredBuildLevel ?? null;
    const expected = [
        families.length > 0 ? `a builder of ${families.join(' | ')}` : 'any builder family',
        level === null ? 'any SLSA Build level' : `SLSA Build L${level} or above`,
    ].join(', ');
    const standing = builderStanding(facts, signer);
    if (standing === null)
        return failed('build_level', 'builder_mismatch', expected, 'a builder the certificate does not vouch for');
    const actual = `${standing.family}, SLSA Build L${standing.level}`;
    if (families.length === 0 && level === null)
        return passed('build_level', 'builder_mismatch', expected, actual);
    const ok = (families.length === 0 || families.includes(standing.family)) &&
        (level === null || standing.level >= level);
    return compare({ name: 'build_level', code: 'builder_mismatch', expected, actual, ok });
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
;// CONCATENATED MODULE: ./src/core/policy/ref-pattern.ts


/** `vX.Y.Z` or `X.Y.Z`, with an optional SemVer prerelease and build part. */
const SEMVER_TAG = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** A tag name against the policy's pattern: `semver`, or a glob where `*` matches within one path segment. */
function matchesTagPattern(pattern, tag) {
    if (pattern === 'semver')
        return SEMVER_TAG.test(tag);
    return (0,glob/* matchesGlob */.k)(pattern, tag);
}
function isSemverPrerelease(tag) {
    return SEMVER_TAG.test(tag) && /^[^+]*-/.test(tag);
}
/**
 * Releases come from tags only, and only tags the policy's pattern allows (the certificate's ref, OID .14).
 */
function checkRefPattern(signer, policy) {
    const pattern = policy.tagPattern ?? null;
    if (pattern === null)
        return skipped('ref_pattern', 'tag_mismatch', 'no tag pattern given');
    const expected = `refs/tags/<${pattern === 'semver' ? 'a SemVer tag' : pattern}>`;
    const ref = signer.sourceRepositoryRef;
    const tag = ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : null;
    return compare({
        name: 'ref_pattern',
        code: 'tag_mismatch',
        expected,
        actual: ref ?? '(absent from the certificate)',
        ok: tag !== null && matchesTagPattern(pattern, tag),
    });
}

;// CONCATENATED MODULE: ./src/core/policy/source-pin.ts


/** `OWNER/NAME` lives on the policy's GitHub server; an https URL names its own host. */
function toSourcePins(policy) {
    const serverHost = new URL(policy.githubServerUrl).host.toLowerCase();
    const pins = [];
    if (policy.expectedSourceRepository !== null) {
        const value = policy.expectedSourceRepository;
        const parsed = (0,provenance/* parseGitUri */.Y8)(value);
        const [owner = '', name = ''] = (parsed?.repository ?? value).split('/');
        pins.push({ host: parsed?.host ?? serverHost, owner, name: name.replace(/\.git$/, '') });
    }
    if (policy.expectedOwner !== null)
        pins.push({ host: serverHost, owner: policy.expectedOwner, name: null });
    // A SAN alone pins the signer, not the source: anyone may call a reusable workflow. With no source pin,
    // the source must be the signing workflow's own repository.
    const signer = pins.length === 0 ? parseWorkflowUri(policy.expectedSan) : null;
    if (signer !== null) {
        const [owner = '', name = ''] = signer.repository.split('/');
        pins.push({ host: signer.host, owner, name });
    }
    return pins;
}
function matchesPin(pin, location) {
    const [owner = '', name = ''] = location.repository.split('/');
    return (pin.host === location.host.toLowerCase() &&
        pin.owner.toLowerCase() === owner.toLowerCase() &&
        (pin.name === null || pin.name.toLowerCase() === name.toLowerCase()));
}
function describePin(pin) {
    return pin.name === null
        ? `https://${pin.host}/${pin.owner}/*`
        : (0,provenance/* toRepositoryUrl */.HV)({ host: pin.host, repository: `${pin.owner}/${pin.name}` });
}

;// CONCATENATED MODULE: ./src/core/policy/predicate-checks.ts





function checkPredicateType(facts, policy) {
    const actual = facts.predicateType;
    if (actual === provenance/* SLSA_V1 */.ck)
        return passed('predicate_type', 'predicate_mismatch', provenance/* SLSA_V1 */.ck, actual);
    const override = policy.override;
    if (actual !== provenance/* SLSA_V02 */.VK || override === null) {
        return failed('predicate_type', 'predicate_mismatch', provenance/* SLSA_V1 */.ck, actual);
    }
    if (override.expiresAt.getTime() <= policy.now.getTime()) {
        return failed('predicate_type', 'override_expired', `${provenance/* SLSA_V1 */.ck}, or ${provenance/* SLSA_V02 */.VK} under a live override`, `${actual} under an override that expired at ${override.expiresAt.toISOString()}`);
    }
    return passed('predicate_type', 'predicate_mismatch', `${provenance/* SLSA_V1 */.ck}, or ${provenance/* SLSA_V02 */.VK} under a live override`, `${actual} (override by ${override.approver} until ${override.expiresAt.toISOString()}: ${override.reason})`);
}
/** Exact match; an expected ID without `@` accepts any tagged version of that builder (a tag without `@`). */
function isExpectedBuilder(expected, actual) {
    if (actual === expected)
        return true;
    return (!expected.includes('@') &&
        actual.startsWith(`${expected}@`) &&
        isTagRef(actual.slice(expected.length + 1)));
}
/**
 * The builder ID the certificate vouches for (per builder family) against the policy. A predicate whose
 * claim the certificate does not back is `identity_mismatch`, whatever the policy says.
 */
function checkBuilder(facts, signer, policy) {
    const attestation = attestBuilder(facts, signer);
    const expected = policy.expectedBuilderIds.length > 0
        ? policy.expectedBuilderIds.join(' | ')
        : 'a builder the certificate vouches for';
    if (!attestation.ok) {
        return failed('builder_id', 'identity_mismatch', expected, `${attestation.problem} (${attestation.family.title})`);
    }
    const { builder } = attestation;
    const actual = `${builder.builderId} (${builder.family.id})`;
    // A reusable workflow of another repository wrote the predicate: trust it by its SAN, or by a builder pin
    // where the family makes the signer the builder.
    const signerPinned = policy.expectedSan !== null || (builder.signerIsBuilder && policy.expectedBuilderIds.length > 0);
    if (builder.foreignSigner !== null && !signerPinned) {
        return failed('builder_id', 'identity_mismatch', expected, `${actual} signed by ${builder.foreignSigner}, a reusable workflow outside the source repository: trust it with cert-identity (--cert-identity ${builder.foreignSigner})${builder.signerIsBuilder ? ' or pin it as the builder' : ''}`);
    }
    if (policy.expectedBuilderIds.length === 0) {
        if (!builder.pinRequired)
            return passed('builder_id', 'builder_mismatch', expected, actual);
        return failed('builder_id', 'builder_mismatch', 'an expected builder ID: the delegator vouches for any tool workflow that calls it', actual);
    }
    const ok = policy.expectedBuilderIds.some((id) => isExpectedBuilder(id, builder.builderId));
    return compare({ name: 'builder_id', code: 'builder_mismatch', expected, actual, ok });
}
/** Repository and owner pins, against the certificate's Source Repository URI (OID .12) with its host. */
function checkSourceRepository(signer, policy) {
    const pins = toSourcePins(policy);
    if (pins.length === 0)
        return skipped('source_repository', 'source_mismatch', 'no expected source repository or owner given');
    const expected = pins.map(describePin).join(' and ');
    const attested = signer.sourceRepositoryUri === null ? null : (0,provenance/* parseGitUri */.Y8)(signer.sourceRepositoryUri);
    const actual = attested === null
        ? `${signer.sourceRepositoryUri ?? '(absent)'} (certificate OID .12)`
        : signer.sourceRepositoryUri;
    return compare({
        name: 'source_repository',
        code: 'source_mismatch',
        expected,
        actual,
        ok: attested !== null && pins.every((pin) => matchesPin(pin, attested)),
    });
}
/**
 * The tag, against the certificate's Source Repository Ref (OID .14); the predicate must agree
 * (certificate_predicate).
 */
function checkSourceRef(signer, policy) {
    if (policy.tag === null)
        return skipped('source_ref', 'tag_mismatch', 'no tag given');
    const expected = `refs/tags/${policy.tag.replace(/^refs\/tags\//, '')}`;
    const actual = signer.sourceRepositoryRef;
    return compare({
        name: 'source_ref',
        code: 'tag_mismatch',
        expected,
        actual: actual === null ? '(absent from the certificate)' : actual,
        ok: actual === expected,
    });
}
/**
 * The release commit: the certificate's source digest (OID .13) and every commit the predicate names for the
 * source.
 */
function checkSourceCommit(facts, signer, policy) {
    if (policy.commit === null)
        return skipped('source_commit', 'materials_mismatch', 'no release commit given');
    const expected = policy.commit.toLowerCase();
    const commits = facts.sourceCommits.map((c) => c.toLowerCase());
    const certified = signer.sourceRepositoryDigest?.toLowerCase() ?? null;
    const ok = commits.length > 0 &&
        commits.every((c) => c === expected) &&
        (certified === null || certified === expected);
    const named = commits.length > 0 ? commits.join(', ') : '(the predicate names no commit)';
    return compare({
        name: 'source_commit',
        code: 'materials_mismatch',
        expected,
        actual: certified !== null && certified !== expected ? `${named}; certificate ${certified}` : named,
        ok,
    });
}

;// CONCATENATED MODULE: ./src/core/policy/subjects.ts

/** sha256 when any subject carries it (GitHub, slsa-github-generator), else sha512 (npm). */
function chooseDigestAlgorithm(subjects) {
    if (subjects.some((s) => s.digest.sha256 !== undefined))
        return 'sha256';
    if (subjects.some((s) => s.digest.sha512 !== undefined))
        return 'sha512';
    return null;
}
/** Every artifact must be a subject; with `requireAll`, every subject must also be an artifact. */
function checkSubjects(subjects, artifacts, requireAll = false) {
    if (artifacts.length === 0)
        return skipped('subjects', 'subject_mismatch', 'no artifact given');
    const describe = (list) => list.map((a) => `${a.name} ${a.hex.slice(0, 16)}…`).join(', ');
    const algorithm = artifacts[0]?.algorithm ?? 'sha256';
    const subjectDigests = subjects
        .map((s) => ({ name: s.name, hex: s.digest[algorithm] }))
        .filter((s) => s.hex !== undefined);
    const known = new Set(subjectDigests.map((s) => s.hex.toLowerCase()));
    const unattested = artifacts.filter((a) => !known.has(a.hex.toLowerCase()));
    const produced = new Set(artifacts.map((a) => a.hex.toLowerCase()));
    const missing = requireAll ? subjectDigests.filter((s) => !produced.has(s.hex.toLowerCase())) : [];
    const expected = `${algorithm} of each artifact among: ${describe(subjectDigests) || '(no subject has one)'}`;
    if (unattested.length === 0 && missing.length === 0) {
        return passed('subjects', 'subject_mismatch', expected, describe(artifacts));
    }
    const problems = [
        unattested.length > 0 ? `not attested: ${describe(unattested)}` : '',
        missing.length > 0 ? `attested but not released: ${describe(missing)}` : '',
    ].filter(Boolean);
    return failed('subjects', 'subject_mismatch', expected, problems.join('; '));
}

;// CONCATENATED MODULE: ./src/core/policy/verdict.ts
/** The verdict is the first failing check in order; any failure means no VerifiedProvenance. */
function decideVerdict(input) {
    const firstFailure = input.checks.find((c) => c.status === 'failed');
    const cryptoPassed = input.checks.some((c) => c.name === 'signature' && c.status === 'passed');
    const ok = firstFailure === undefined && cryptoPassed && input.facts !== null && input.facts.builderId !== null;
    const base = {
        checks: input.checks,
        facts: input.facts,
        subjects: input.subjects,
        verifier: input.verifier,
        attestation: input.attestation ?? null,
    };
    if (!ok || input.facts === null || input.facts.builderId === null) {
        return {
            ...base,
            verified: false,
            failureReason: firstFailure?.code ?? 'attestation_missing',
            provenance: null,
        };
    }
    const provenance = {
        predicateType: input.facts.predicateType,
        builderId: input.facts.builderId,
        sourceRepository: input.facts.sourceRepository,
        sourceRef: input.facts.sourceRef,
        sourceCommit: input.facts.sourceCommits[0] ?? null,
        subjects: input.subjects,
        artifacts: input.artifacts,
        verifier: input.verifier,
        standing: input.standing ?? null,
        releaseAssets: input.releaseAssets ?? null,
        policySha256: input.policySha256 ?? null,
    };
    return { ...base, verified: true, failureReason: null, provenance };
}
/** A verdict for a run that failed before there was provenance to check (download, lookup, inputs). */
function rejectedBeforeVerification(check, verifier) {
    return decideVerdict({ checks: [check], facts: null, subjects: [], artifacts: [], verifier });
}

;// CONCATENATED MODULE: ./src/core/policy/index.ts














/***/ }),

/***/ 2113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ isPlainIdentity),
/* harmony export */   TH: () => (/* binding */ unsafeCharacterIn),
/* harmony export */   r8: () => (/* binding */ assertPlainIdentity)
/* harmony export */ });
/* unused harmony export characterName */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9421);

// Whitespace, control and invisible format characters (zero-width, bidi overrides), combining marks and the
// blank fillers: none belongs in an identity, and each is a way to make two different identities print alike.
const UNSAFE = /[\s\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;
/** The Unicode names of the characters that usually slip in unseen; any other is shown as U+XXXX alone. */
const CHARACTER_NAMES = {
    0x00: 'NULL',
    0x09: 'CHARACTER TABULATION',
    0x0a: 'LINE FEED',
    0x0b: 'LINE TABULATION',
    0x0c: 'FORM FEED',
    0x0d: 'CARRIAGE RETURN',
    0x1b: 'ESCAPE',
    0x20: 'SPACE',
    0x7f: 'DELETE',
    0x85: 'NEXT LINE',
    0xa0: 'NO-BREAK SPACE',
    0xad: 'SOFT HYPHEN',
    0x034f: 'COMBINING GRAPHEME JOINER',
    0x115f: 'HANGUL CHOSEONG FILLER',
    0x180b: 'MONGOLIAN FREE VARIATION SELECTOR ONE',
    0x2800: 'BRAILLE PATTERN BLANK',
    0x3164: 'HANGUL FILLER',
    0xfe0f: 'VARIATION SELECTOR-16',
    0x061c: 'ARABIC LETTER MARK',
    0x180e: 'MONGOLIAN VOWEL SEPARATOR',
    0x2002: 'EN SPACE',
    0x2003: 'EM SPACE',
    0x2009: 'THIN SPACE',
    0x200a: 'HAIR SPACE',
    0x200b: 'ZERO WIDTH SPACE',
    0x200c: 'ZERO WIDTH NON-JOINER',
    0x200d: 'ZERO WIDTH JOINER',
    0x200e: 'LEFT-TO-RIGHT MARK',
    0x200f: 'RIGHT-TO-LEFT MARK',
    0x2028: 'LINE SEPARATOR',
    0x2029: 'PARAGRAPH SEPARATOR',
    0x202a: 'LEFT-TO-RIGHT EMBEDDING',
    0x202b: 'RIGHT-TO-LEFT EMBEDDING',
    0x202c: 'POP DIRECTIONAL FORMATTING',
    0x202d: 'LEFT-TO-RIGHT OVERRIDE',
    0x202e: 'RIGHT-TO-LEFT OVERRIDE',
    0x202f: 'NARROW NO-BREAK SPACE',
    0x205f: 'MEDIUM MATHEMATICAL SPACE',
    0x2060: 'WORD JOINER',
    0x2066: 'LEFT-TO-RIGHT ISOLATE',
    0x2067: 'RIGHT-TO-LEFT ISOLATE',
    0x2068: 'FIRST STRONG ISOLATE',
    0x2069: 'POP DIRECTIONAL ISOLATE',
    0x3000: 'IDEOGRAPHIC SPACE',
    0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};
/** `U+200B ZERO WIDTH SPACE`, or `U+E0001` for a character the table does not name. */
function characterName(codePoint) {
    const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = CHARACTER_NAMES[codePoint];
    return name === undefined ? hex : `${hex} ${name}`;
}
/**
 * The first character of `value` matching `unsafe`, named, with its position (1-based, in characters):
 * `U+200B ZERO WIDTH SPACE at position 7`; null when there is none.
 */
function unsafeCharacterIn(value, unsafe = UNSAFE) {
    let position = 0;
    for (const character of value) {
        position += 1;
        if (unsafe.test(character))
            return `${characterName(character.codePointAt(0))} at position ${position}`;
    }
    return null;
}
/** True for a non-empty identity value (URI, ref, builder ID) without whitespace or control characters. */
function isPlainIdentity(value) {
    return value.length > 0 && !UNSAFE.test(value);
}
/** Refuses an identity value read from a bundle that carries whitespace or control characters. */
function assertPlainIdentity(value, what) {
    if (value !== null && !isPlainIdentity(value)) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GuardError */ .U$('provenance_malformed', `${what} carries whitespace or control characters: ${JSON.stringify(value)}`);
    }
    return value;
}


/***/ }),

/***/ 8901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wr: () => (/* reexport */ BundleJsonSchema),
  VK: () => (/* reexport */ SLSA_V02),
  ck: () => (/* reexport */ SLSA_V1),
  r8: () => (/* reexport */ identity_text/* assertPlainIdentity */.r8),
  Gc: () => (/* reexport */ decodeStatement),
  BG: () => (/* reexport */ identity_text/* isPlainIdentity */.BG),
  Y8: () => (/* reexport */ parseGitUri),
  x2: () => (/* reexport */ parseProvenanceCandidates),
  It: () => (/* reexport */ sameLocation),
  IZ: () => (/* reexport */ toPredicateFacts),
  y1: () => (/* reexport */ toProvenanceDocument),
  HV: () => (/* reexport */ toRepositoryUrl)
});

// UNUSED EXPORTS: DsseEnvelopeSchema, IN_TOTO_PAYLOAD_TYPE, LegacyEnvelopeSchema, StatementSchema, characterName, parseProvenanceDocuments, toRepositorySlug, unsafeCharacterIn

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
;// CONCATENATED MODULE: ./src/core/provenance/document.ts


/** A DSSE envelope as it appears inside a Sigstore bundle or on its own. */
const DsseEnvelopeSchema = schemas/* object */.Ikc({
    payload: schemas/* string */.YjP().min(1),
    payloadType: schemas/* string */.YjP().min(1),
    signatures: schemas/* array */.YOg(schemas/* object */.Ikc({ sig: schemas/* string */.YjP().min(1), keyid: schemas/* string */.YjP().optional() }).loose()).min(1),
});
/** slsa-github-generator's pre-bundle output: the Fulcio leaf travels inside the signature. */
const LegacyEnvelopeSchema = schemas/* object */.Ikc({
    payload: schemas/* string */.YjP().min(1),
    payloadType: schemas/* string */.YjP().min(1),
    signatures: schemas/* array */.YOg(schemas/* object */.Ikc({ sig: schemas/* string */.YjP().min(1), keyid: schemas/* string */.YjP().optional(), cert: schemas/* string */.YjP().min(1) }))
        .min(1),
});
const BundleJsonSchema = schemas/* object */.Ikc({
    mediaType: schemas/* string */.YjP().startsWith('application/vnd.dev.sigstore.bundle'),
    verificationMaterial: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    dsseEnvelope: DsseEnvelopeSchema,
})
    .loose();
const AttestationListSchema = schemas/* object */.Ikc({
    attestations: schemas/* array */.YOg(schemas/* object */.Ikc({ bundle: schemas/* unknown */.L5J() }).loose()),
});
/**
 * Reads every provenance candidate from a file's text: a bundle (JSON or one JSON line), a JSONL
 * file of bundles or envelopes, or a registry/API response `{attestations: [{bundle}]}`.
 */
function parseProvenanceDocuments(text) {
    return parseProvenanceCandidates(text).map(toProvenanceDocument);
}
/** Each candidate of a file, not yet read as a document: one bad candidate need not sink the others. */
function parseProvenanceCandidates(text) {
    const values = parseJsonValues(text);
    const candidates = values.flatMap((value) => {
        const list = AttestationListSchema.safeParse(value);
        return list.success ? list.data.attestations.map((entry) => entry.bundle) : [value];
    });
    if (candidates.length === 0) {
        throw new errors/* GuardError */.U$('attestation_missing', 'the provenance file holds no attestation');
    }
    return candidates;
}
function parseJsonValues(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new errors/* GuardError */.U$('provenance_malformed', 'the provenance file is empty');
    try {
        return [JSON.parse(trimmed)];
    }
    catch {
        // Line numbers count every line of the file, blank ones too, so that they point at the bad line.
        return text
            .split('\n')
            .map((line, index) => ({ line, number: index + 1 }))
            .filter(({ line }) => line.trim() !== '')
            .map(({ line, number }) => {
            try {
                return JSON.parse(line);
            }
            catch {
                throw new errors/* GuardError */.U$('provenance_malformed', `the provenance is not JSON (line ${number} does not parse)`);
            }
        });
    }
}
function toProvenanceDocument(value) {
    const bundle = BundleJsonSchema.safeParse(value);
    if (bundle.success)
        return { kind: 'bundle', bundle: bundle.data, envelope: bundle.data.dsseEnvelope };
    const legacy = LegacyEnvelopeSchema.safeParse(value);
    if (legacy.success)
        return { kind: 'legacy-envelope', envelope: legacy.data };
    const isObject = typeof value === 'object' && value !== null;
    if (isObject && 'mediaType' in value) {
        throw new errors/* GuardError */.U$('provenance_malformed', `not a Sigstore bundle: ${describeFirst(bundle.error.issues, value)}`);
    }
    if (isObject && ('payload' in value || 'signatures' in value)) {
        throw new errors/* GuardError */.U$('provenance_malformed', `not a DSSE envelope: ${describeFirst(legacy.error.issues, value)}`);
    }
    throw new errors/* GuardError */.U$('provenance_malformed', 'not a Sigstore bundle (mediaType, verificationMaterial, dsseEnvelope) nor a DSSE envelope (payload, payloadType, signatures)');
}
function describeFirst(issues, value) {
    return issues[0] ? (0,errors/* describeIssue */.n6)(issues[0], value) : 'it does not have the expected shape';
}

;// CONCATENATED MODULE: ./src/core/provenance/statement.ts


const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'];
const HEX = /^[0-9a-f]+$/;
const DIGEST_LENGTHS = { sha256: 64, sha512: 128, sha1: 40, gitCommit: 40 };
const DigestSetSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).superRefine((digests, ctx) => {
    for (const [algorithm, value] of Object.entries(digests)) {
        const length = DIGEST_LENGTHS[algorithm];
        if (length !== undefined && (value.length !== length || !HEX.test(value))) {
            ctx.addIssue({
                code: 'custom',
                message: `${algorithm} digest is not ${length} lowercase hex characters`,
            });
        }
    }
});
const SubjectSchema = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: DigestSetSchema });
const StatementSchema = schemas/* object */.Ikc({
    _type: schemas/* enum */.k5n(STATEMENT_TYPES),
    subject: schemas/* array */.YOg(SubjectSchema).min(1, 'an in-toto statement needs at least one subject'),
    predicateType: schemas/* string */.YjP().min(1),
    predicate: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
});
/** Decodes the DSSE payload into an in-toto Statement; anything else is `provenance_malformed`. */
function decodeStatement(envelope) {
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new errors/* GuardError */.U$('provenance_malformed', `DSSE payloadType is ${envelope.payloadType}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        throw new errors/* GuardError */.U$('provenance_malformed', 'the DSSE payload is not base64-encoded JSON');
    }
    const parsed = StatementSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        throw new errors/* GuardError */.U$('provenance_malformed', `the in-toto statement is invalid${where}: ${issue?.message ?? 'unknown'}`);
    }
    return parsed.data;
}

// EXTERNAL MODULE: ./src/core/provenance/identity-text.ts
var identity_text = __webpack_require__(2113);
;// CONCATENATED MODULE: ./src/core/provenance/source-uri.ts
const GIT_URI = /^(?:git\+)?https:\/\/([^/@\s]+)\/([^/@\s]+)\/([^/@\s]+?)(?:\.git)?(?:@(\S+))?$/;
/** Parses `git+https://github.com/o/r@refs/tags/v1` (and the plain https form) into host, repo and ref. */
function parseGitUri(uri) {
    const match = GIT_URI.exec(uri);
    if (!match)
        return null;
    const [, host, owner, name, ref] = match;
    if (!host || !owner || !name)
        return null;
    return { host: host.toLowerCase(), repository: `${owner}/${name}`, ref: ref ?? null };
}
/** `https://github.com/o/r` → `o/r`; an `o/r` string passes through. */
function toRepositorySlug(value) {
    const parsed = parseGitUri(value);
    // A trailing run is matched from its first slash only; `\/+$` re-read the run from each of its slashes.
    return parsed ? parsed.repository : value.replace(/^\/+|(?<!\/)\/+$/g, '');
}
/** The canonical `https://host/owner/name` of a location, for messages and comparisons. */
function toRepositoryUrl(location) {
    return `https://${location.host}/${location.repository}`;
}
/** Same host and same `owner/name`, both compared case-insensitively as GitHub does. */
function sameLocation(a, b) {
    return (a.host.toLowerCase() === b.host.toLowerCase() && a.repository.toLowerCase() === b.repository.toLowerCase());
}

;// CONCATENATED MODULE: ./src/core/provenance/slsa.ts




const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
const Material = schemas/* object */.Ikc({ uri: schemas/* string */.YjP().optional(), digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional() })
    .loose();
const V1Predicate = schemas/* object */.Ikc({
    buildDefinition: schemas/* object */.Ikc({
        buildType: schemas/* string */.YjP(),
        externalParameters: schemas/* object */.Ikc({
            workflow: schemas/* object */.Ikc({ repository: schemas/* string */.YjP(), ref: schemas/* string */.YjP(), path: schemas/* string */.YjP() })
                .loose()
                .optional(),
        })
            .loose(),
        internalParameters: schemas/* object */.Ikc({
            github: schemas/* object */.Ikc({ repository_id: schemas/* string */.YjP().optional(), repository_owner_id: schemas/* string */.YjP().optional() })
                .loose()
                .optional(),
        })
            .loose()
            .optional(),
        resolvedDependencies: schemas/* array */.YOg(Material).optional(),
    })
        .loose(),
    runDetails: schemas/* object */.Ikc({ builder: schemas/* object */.Ikc({ id: schemas/* string */.YjP() }).loose() }).loose(),
})
    .loose();
const V02Predicate = schemas/* object */.Ikc({
    builder: schemas/* object */.Ikc({ id: schemas/* string */.YjP() }).loose(),
    buildType: schemas/* string */.YjP().optional(),
    invocation: schemas/* object */.Ikc({
        configSource: schemas/* object */.Ikc({
            uri: schemas/* string */.YjP().optional(),
            digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
            entryPoint: schemas/* string */.YjP().optional(),
        })
            .loose()
            .optional(),
        environment: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    })
        .loose()
        .optional(),
    materials: schemas/* array */.YOg(Material).optional(),
})
    .loose();
/** Reads v1 or v0.2 predicates; other predicate types carry no facts beyond their type. */
function toPredicateFacts(statement) {
    if (statement.predicateType === SLSA_V1)
        return assertPlainFacts(fromV1(statement.predicate));
    if (statement.predicateType === SLSA_V02)
        return assertPlainFacts(fromV02(statement.predicate));
    return { ...EMPTY_FACTS, predicateType: statement.predicateType };
}
/** Identity values with a newline or an invisible character could pass a comparison that looks exact. */
function assertPlainFacts(facts) {
    (0,identity_text/* assertPlainIdentity */.r8)(facts.builderId, "the predicate's builder.id");
    (0,identity_text/* assertPlainIdentity */.r8)(facts.sourceRepository, "the predicate's source repository");
    (0,identity_text/* assertPlainIdentity */.r8)(facts.sourceRef, "the predicate's source ref");
    if (facts.workflow) {
        (0,identity_text/* assertPlainIdentity */.r8)(facts.workflow.path, "the predicate's workflow path");
        (0,identity_text/* assertPlainIdentity */.r8)(facts.workflow.ref, "the predicate's workflow ref");
    }
    return facts;
}
const EMPTY_FACTS = {
    predicateType: '',
    buildType: null,
    builderId: null,
    sourceRepository: null,
    sourceHost: null,
    sourceRef: null,
    sourceCommits: [],
    workflow: null,
    repositoryId: null,
    repositoryOwnerId: null,
};
function parsePredicate(schema, predicate, version) {
    const parsed = schema.safeParse(predicate);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new errors/* GuardError */.U$('provenance_malformed', `SLSA ${version} predicate is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
}
function fromV1(predicate) {
    const { buildDefinition, runDetails } = parsePredicate(V1Predicate, predicate, 'v1');
    const workflow = buildDefinition.externalParameters.workflow;
    const dependencies = buildDefinition.resolvedDependencies ?? [];
    const firstSource = dependencies.map((d) => (d.uri ? parseGitUri(d.uri) : null)).find((d) => d !== null) ?? null;
    const workflowSource = workflow ? parseGitUri(workflow.repository) : null;
    const repository = workflow ? toRepositorySlug(workflow.repository) : (firstSource?.repository ?? null);
    const github = buildDefinition.internalParameters?.github;
    return {
        predicateType: SLSA_V1,
        buildType: buildDefinition.buildType,
        builderId: runDetails.builder.id,
        sourceRepository: repository,
        sourceHost: (workflow ? workflowSource?.host : firstSource?.host) ?? null,
        sourceRef: workflow?.ref ?? firstSource?.ref ?? null,
        sourceCommits: commitsFor(repository, dependencies, 'gitCommit'),
        workflow: workflow && repository ? { repository, path: workflow.path, ref: workflow.ref } : null,
        repositoryId: github?.repository_id ?? null,
        repositoryOwnerId: github?.repository_owner_id ?? null,
    };
}
function fromV02(predicate) {
    const { builder, buildType, invocation, materials } = parsePredicate(V02Predicate, predicate, 'v0.2');
    const config = invocation?.configSource;
    const source = config?.uri ? parseGitUri(config.uri) : null;
    const environment = invocation?.environment ?? {};
    const repository = source?.repository ?? null;
    const configMaterial = config?.uri ? [{ uri: config.uri, digest: config.digest }] : [];
    return {
        predicateType: SLSA_V02,
        buildType: buildType ?? null,
        builderId: builder.id,
        sourceRepository: repository,
        sourceHost: source?.host ?? null,
        sourceRef: source?.ref ?? stringOrNull(environment.GITHUB_REF),
        sourceCommits: commitsFor(repository, [...(materials ?? []), ...configMaterial], 'sha1'),
        workflow: toV02Workflow(repository, source?.ref ?? null, config?.entryPoint),
        repositoryId: stringOrNull(environment.GITHUB_REPOSITORY_ID),
        repositoryOwnerId: stringOrNull(environment.GITHUB_REPOSITORY_OWNER_ID),
    };
}
/** npm's entryPoint is `o/r/path@ref`; the generic generator's is a bare path in the source repo. */
function toV02Workflow(repository, ref, entryPoint) {
    if (!entryPoint || !repository)
        return null;
    // The ref is what follows the last `@` (on one line): `(.+)@(.+)$` tried every `@` with every split.
    const qualified = /^([^/]+\/[^/]+)\/(.+)@([^@\n\r\u2028\u2029]+)$/.exec(entryPoint);
    if (qualified?.[1] && qualified[2] && qualified[3])
        return { repository: qualified[1], path: qualified[2], ref: qualified[3] };
    return ref ? { repository, path: entryPoint, ref } : null;
}
function commitsFor(repository, materials, key) {
    const commits = materials
        .filter((m) => repository === null || (m.uri !== undefined && parseGitUri(m.uri)?.repository === repository))
        .map((m) => m.digest?.[key] ?? m.digest?.gitCommit ?? m.digest?.sha1)
        .filter((c) => typeof c === 'string');
    return [...new Set(commits)];
}
function stringOrNull(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}

;// CONCATENATED MODULE: ./src/core/provenance/index.ts







/***/ }),

/***/ 3963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kp: () => (/* reexport */ redactJson),
  Rd: () => (/* reexport */ redact_redactText)
});

// UNUSED EXPORTS: EMAIL_AT_DOMAIN, EMAIL_REDACTED, EMAIL_SAMPLES, ENCODED_REDACTED, REDACTED, SECRET_SHAPES, containsEmailAddress, containsEncodedSecret, containsSecret, redactEmailAddresses, redactEncoded

;// CONCATENATED MODULE: ./src/core/redaction/email.ts
/**
 * E-mail addresses, whatever at-sign they use: `@`, the full-width `＠` (U+FF20), the small `﹫`
 * (U+FE6B) or the URL-encoded `%40`, with format characters (zero-width space, joiner, soft hyphen)
 * hidden around it and full-width or ideographic dots in the domain. Only the domain is kept: it says
 * which organisation signed without saying who.
 *
 * The pattern starts at the at-sign and reads the domain: format characters
 * `[\u00AD\u200B-\u200D\u2060\uFEFF]`, then labels of letters and digits joined by hyphens, each dot
 * (`[.\uFF0E\u3002]`, format characters around it) ending one, and a top-level label of two letters or
 * more. The local part is read backwards from the at-sign, no further than the end of the previous
 * address. A pattern that started at the local part re-read it from each of its characters: quadratic
 * on long text without an at-sign (70 s on 128 KiB of hex).
 */
const EMAIL_AT_DOMAIN = /(?:[@\uFF20\uFE6B]|%40)[\u00AD\u200B-\u200D\u2060\uFEFF]*([\p{L}\p{N}]+(?:-+[\p{L}\p{N}]+)*(?:[\u00AD\u200B-\u200D\u2060\uFEFF]*[.\uFF0E\u3002][\u00AD\u200B-\u200D\u2060\uFEFF]*[\p{L}\p{N}]+(?:-+[\p{L}\p{N}]+)*)*[\u00AD\u200B-\u200D\u2060\uFEFF]*[.\uFF0E\u3002][\u00AD\u200B-\u200D\u2060\uFEFF]*\p{L}{2,})/gu;
/** Addresses the shape catches; the SQL side (kpi.looks_secret) is tested against them too. */
const EMAIL_SAMPLES = (/* unused pure expression or super */ null && ([
    'asked by jane.doe@example.com',
    'asked by jane\uFF20example.com',
    'asked by jane\uFE6Bexample.com',
    'asked by jane@\u200Bexample.com',
    'asked by jane@example\uFF0Ecom',
    'signed by jane.doe%40example.com',
]));
const EMAIL_REDACTED = '<e-mail redacted>';
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const FORMAT_CHAR = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
/** Each address in the text, left to right; every character is read a bounded number of times. */
function* emailAddresses(text) {
    let last = 0;
    for (const match of text.matchAll(EMAIL_AT_DOMAIN)) {
        let start = match.index;
        while (start > last && FORMAT_CHAR.test(text[start - 1] ?? ''))
            start--;
        const localEnd = start;
        while (start > last && LOCAL_CHAR.test(text[start - 1] ?? ''))
            start--;
        if (start === localEnd)
            continue;
        const domain = (match[1] ?? '').normalize('NFKC').replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
        last = match.index + match[0].length;
        yield { start, end: last, domain };
    }
}
/** `jane@example.com` → `<e-mail redacted>@example.com`. */
function redactEmailAddresses(text) {
    let out = '';
    let last = 0;
    for (const { start, end, domain } of emailAddresses(text)) {
        out += `${text.slice(last, start)}${EMAIL_REDACTED}@${domain}`;
        last = end;
    }
    return out + text.slice(last);
}
/** Whether the text holds an e-mail address. */
function email_containsEmailAddress(text) {
    return !emailAddresses(text).next().done;
}

;// CONCATENATED MODULE: ./src/core/redaction/shapes.ts
const shapes_SECRET_SHAPES = [
    {
        name: 'a GitHub token',
        pattern: /\bgh[pousr]_[A-Za-z0-9]{8,}/g,
        samples: [`${'ghp'}_abcdefghijklmnopqrstuvwxyz0123456789`, `app ${'ghs'}_abcdefghij0123456789 end`],
    },
    {
        name: 'a fine-grained GitHub token',
        pattern: /\bgithub_pat_[A-Za-z0-9_]*/g,
        samples: [`${'github_pat'}_11ABCDEFG0123456789_abcdef`],
    },
    {
        name: 'a Slack token',
        pattern: /\bxox[abeprs]-[A-Za-z0-9-]*/gi,
        samples: [`${'xoxb'}-1234567890-abcdefghij`, `${'xoxe'}-1-abcdefghijkl`],
    },
    {
        name: 'a Slack app token',
        pattern: /\bxapp-\d[A-Za-z0-9-]*/gi,
        samples: [`${'xapp'}-1-A0123456789-abcdef`],
    },
    {
        name: 'a Slack webhook URL',
        pattern: /(?:https:\/\/)?hooks\.slack(?:-gov)?\.com\/[A-Za-z0-9/_-]*/gi,
        samples: [
            `posted to ${'https://hooks.slack'}.com/services/T0000/B0000/abcdefabcdef`,
            `HTTPS://HOOKS.SLACK${'.COM'}/services/T/B/x`,
            `${'https://hooks.slack-gov'}.com/services/T0/B0/x`,
        ],
    },
    {
        name: 'a JWT',
        pattern: /\beyJ(?:[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_.-]*|(?<keep>[A-Za-z0-9_-]*))/g,
        samples: [
            `${'eyJhbGciOiJIUzI1NiJ9'}.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJl`,
            `id-${'eyJhbGciOiJ'}.eyJzdWIiOiJ.c2lnbmF0dXJl`,
        ],
    },
    {
        name: 'a Supabase key',
        pattern: /\bsb_(?:secret|publishable)_[A-Za-z0-9_-]*/gi,
        samples: [`key ${'sb_publishable'}_AbCdEf0123456789`, `${'sb_secret'}_AbCdEf0123456789`],
    },
    {
        name: 'a provenance-guard ingest token',
        pattern: /\bpgk_[0-9a-f]{6,}/g,
        samples: [`${'pgk'}_${'0123456789abcdef'.repeat(4)}`],
    },
    {
        name: 'an AWS access key',
        pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
        samples: [`${'AKIA'}IOSFODNN7EXAMPLE`, `id=${'ASIA'}ABCDEFGHIJKLMNOP`],
    },
    {
        name: 'a bearer token',
        pattern: /\b(?<shown>bearer\s+)[A-Za-z0-9._~+/=-]{12,}/gi,
        samples: [`header was ${'Bearer'} abcdefABCDEF0123456789`, `${'bearer'}    abc.def-ghi_jkl/mno`],
    },
    {
        name: 'a value after the word "token"',
        pattern: /\b(?<shown>token\s+)[A-Za-z0-9._~+/-]{16,}=*/gi,
        samples: [`${'token'}\t\tabc.def-ghi_jkl/mno==`],
    },
    {
        name: 'an npm token',
        pattern: /\bnpm_[A-Za-z0-9]{36}\b/g,
        samples: [`//registry/:_authToken=${'npm'}_abcdefghijklmnopqrstuvwxyz0123456789`],
    },
    {
        name: 'a PEM private key',
        pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[^-]*(?:-(?!----END )[^-]*)*(?:-----END [A-Z0-9 ]*PRIVATE KEY-----)?/g,
        samples: [
            `${'-----BEGIN'} RSA ${'PRIVATE KEY'}-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----`,
            `key: ${'-----BEGIN'} ${'PRIVATE KEY'}-----MIIEvQIBADANBg`,
        ],
    },
    {
        name: 'a Discord webhook URL',
        pattern: /(?:https:\/\/(?:[a-z]+\.)?)?discord(?:app)?\.com\/api\/webhooks\/[A-Za-z0-9/_-]*/gi,
        samples: [
            `${'https://discord'}.com/api/webhooks/123456789012345678/abcdefABCDEF-_0123`,
            `https://ptb.${'discordapp'}.com/api/webhooks/1/x`,
        ],
    },
    {
        name: 'a GitHub token in base64',
        pattern: /\bZ2h[1vwyz]X[A-Za-z0-9+/]{27,}={0,2}/g,
        samples: [`Authorization: Basic ${'Z2hwX'}2FiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ==`],
    },
];

;// CONCATENATED MODULE: ./src/core/redaction/redact.ts


const redact_REDACTED = '***';
/**
 * Replaces known secret values and secret-shaped text with `***`, and e-mail addresses with `<e-mail
 * redacted>@domain`. Each step is one left-to-right pass over the text.
 */
function redact_redactText(text, secrets) {
    let result = text;
    for (const secret of secrets) {
        if (secret.length >= 4)
            result = result.split(secret).join(redact_REDACTED);
    }
    for (const { pattern } of shapes_SECRET_SHAPES)
        result = redactShape(result, pattern);
    return redactEmailAddresses(result);
}
/** Deep copy of a JSON value with every string redacted; keys are kept (they are ours). */
function redactJson(value, secrets) {
    if (typeof value === 'string')
        return redact_redactText(value, secrets);
    if (Array.isArray(value))
        return value.map((item) => redactJson(item, secrets));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactJson(item, secrets)]));
    }
    return value;
}
/** Whether any known secret or secret-shaped text is still present: the fail-closed check. */
function redact_containsSecret(text, secrets) {
    if (secrets.some((secret) => secret.length >= 4 && text.includes(secret)))
        return true;
    if (SECRET_SHAPES.some(({ pattern }) => !secretMatches(text, pattern).next().done))
        return true;
    return containsEmailAddress(text);
}
/** A shape's matches that are secrets: one whose `keep` group took part is text the shape passed over. */
function* secretMatches(text, pattern) {
    for (const match of text.matchAll(pattern))
        if (match.groups?.keep === undefined)
            yield match;
}
function redactShape(text, pattern) {
    let out = '';
    let last = 0;
    for (const match of secretMatches(text, pattern)) {
        out += `${text.slice(last, match.index)}${match.groups?.shown ?? ''}${redact_REDACTED}`;
        last = match.index + match[0].length;
    }
    return out + text.slice(last);
}

;// CONCATENATED MODULE: ./src/core/redaction/encoded.ts

/** Long enough to hold a token once decoded; shorter base64-looking strings are words, digests or ids. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4}){6,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** The marker that replaces an encoded value (a certificate, say) that decoded to secret-shaped text. */
const ENCODED_REDACTED = (/* unused pure expression or super */ null && (`${REDACTED} (base64 holding secret-shaped text, redacted)`));
/**
 * Deep copy of a JSON value in which encoded text is redacted too: a DSSE envelope's payload is
 * decoded, redacted and encoded again (so the statement stays readable), and any other base64 string
 * whose decoding holds a secret or an e-mail address is replaced by ENCODED_REDACTED.
 */
function redactEncoded(value, secrets) {
    if (typeof value === 'string')
        return (encodedSecret(value, secrets) ? ENCODED_REDACTED : value);
    if (Array.isArray(value))
        return value.map((item) => redactEncoded(item, secrets));
    if (value === null || typeof value !== 'object')
        return value;
    const entries = Object.entries(value).map(([key, item]) => [key, redactEncoded(item, secrets)]);
    const record = Object.fromEntries(entries);
    const payload = value.payload;
    if (typeof value.payloadType === 'string' &&
        typeof payload === 'string' &&
        BASE64.test(payload)) {
        const decoded = decodeUtf8(payload);
        const redacted = redactText(decoded, secrets);
        record.payload = redacted === decoded ? payload : encodeUtf8(redacted);
    }
    return record;
}
/**
 * Whether any string in the value, or the decoding of any base64 string in it, still holds a secret: the
 * fail-closed check.
 */
function containsEncodedSecret(value, secrets) {
    if (typeof value === 'string')
        return containsSecret(value, secrets) || encodedSecret(value, secrets);
    if (Array.isArray(value))
        return value.some((item) => containsEncodedSecret(item, secrets));
    if (value !== null && typeof value === 'object')
        return Object.values(value).some((item) => containsEncodedSecret(item, secrets));
    return false;
}
function encodedSecret(text, secrets) {
    if (!BASE64.test(text))
        return false;
    // latin1 keeps ASCII runs inside binary (a DER certificate's e-mail SAN) as they are.
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    return (containsSecret(new TextDecoder('latin1').decode(bytes), secrets) ||
        containsSecret(new TextDecoder().decode(bytes), secrets));
}
function decodeUtf8(base64) {
    return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}
function encodeUtf8(text) {
    return btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));
}

;// CONCATENATED MODULE: ./src/core/redaction/index.ts






/***/ }),

/***/ 9410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ counted)
/* harmony export */ });
/** A count with its noun in the right number: "1 day", "2 days", "1 entry", "3 entries". */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


/***/ })

};
